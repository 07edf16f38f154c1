#include "domain/Channels.h"

#include <QStringList>

namespace settle {

namespace {

struct Named
{
    Channels::Channel channel;
    const char16_t* name;
};
constexpr Named names[] = {{Channels::Email, u"email"}, {Channels::Letter, u"letter"}, {Channels::Task, u"task"}};

} // namespace

std::optional<Channels> Channels::parse(const QString& text)
{
    Channels result;
    const QStringList parts = text.split(u'+');
    for (const QString& part : parts) {
        const QString word = part.trimmed().toLower();
        bool known = false;
        for (const auto& named : names)
            if (word == QStringView(named.name)) {
                if (result.has(named.channel))
                    return std::nullopt; // "email+email" is a typo, not a wish
                result = result | named.channel;
                known = true;
            }
        if (!known)
            return std::nullopt;
    }
    return result;
}

QString Channels::name() const
{
    QStringList parts;
    for (const auto& named : names)
        if (has(named.channel))
            parts << QString::fromUtf16(named.name);
    return parts.join(u'+');
}

} // namespace settle
