#pragma once

#include "errors/SettleError.h"

#include <QList>
#include <QString>

namespace settle {

// One problem in a user's file, named by its place: `invoices.csv:17: unit_price: "12,5O" is not an amount`.
struct InputProblem
{
    QString file;
    int line = 0;
    QString column;
    QString message;

    QString toString() const;
};

// Thrown when a file holds bad data; carries every problem found, not just the first, so a user
// can mend the whole file in one go.
class InputProblems : public SettleError
{
public:
    explicit InputProblems(QList<InputProblem> problems);

    const QList<InputProblem>& problems() const { return m_problems; }

private:
    QList<InputProblem> m_problems;
};

} // namespace settle
