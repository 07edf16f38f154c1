#pragma once

#include <QString>

#include <optional>

namespace settle {

// How a stage reaches the customer: email, a letter to print, a task for a person — or several at
// once (the default Final notice goes out as email and as letter).
class Channels
{
public:
    enum Channel : unsigned { Email = 1, Letter = 2, Task = 4 };

    constexpr Channels() = default;
    constexpr Channels(Channel channel) : m_bits(channel) {}

    // "email", "letter", "task", or several joined by '+' ("email+letter"), in any order.
    static std::optional<Channels> parse(const QString& text);
    // The stored and JSON form, always in the order email, letter, task.
    QString name() const;

    bool has(Channel channel) const { return (m_bits & channel) != 0; }
    bool isEmpty() const { return m_bits == 0; }
    Channels operator|(Channel channel) const
    {
        Channels result = *this;
        result.m_bits |= channel;
        return result;
    }
    friend bool operator==(Channels a, Channels b) { return a.m_bits == b.m_bits; }

private:
    unsigned m_bits = 0;
};

} // namespace settle
