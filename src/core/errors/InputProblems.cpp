#include "errors/InputProblems.h"

namespace settle {

QString InputProblem::toString() const
{
    QString out = file;
    if (line > 0)
        out += u':' + QString::number(line);
    out += QStringLiteral(": ");
    if (!column.isEmpty())
        out += column + QStringLiteral(": ");
    return out + message;
}

InputProblems::InputProblems(QList<InputProblem> problems)
    : SettleError(Kind::BadInput, problems.isEmpty() ? QStringLiteral("bad input") : problems.first().toString()),
      m_problems(std::move(problems))
{
}

} // namespace settle
