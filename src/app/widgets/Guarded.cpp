#include "widgets/Guarded.h"

#include "widgets/MessageBox.h"

#include "errors/InputProblems.h"

#include <QStringList>

#include <spdlog/spdlog.h>

namespace settle {

QString Guarded::textOf(const std::exception& error)
{
    // A file's problems, every one on its line, so that the whole file can be mended in one go.
    if (const auto* problems = dynamic_cast<const InputProblems*>(&error)) {
        QStringList lines;
        for (const auto& problem : problems->problems())
            lines << problem.toString();
        if (!lines.isEmpty())
            return lines.join(u'\n');
    }
    if (const auto* known = dynamic_cast<const SettleError*>(&error))
        return known->message();
    // Not the core's: a library's own words (often English, sometimes a type name such as
    // "std::bad_alloc") mean little to a bookkeeper; they are kept in the log for whoever looks into it.
    spdlog::error("unexpected exception: {}", error.what());
    return tr("Settle ran into a problem it did not expect (%1). Please try again; if it happens again, "
              "the log file has the details.")
        .arg(QString::fromLocal8Bit(error.what()));
}

void Guarded::sayError(QWidget* parent, const QString& title, const QString& text)
{
    MessageBox::error(parent, title, text);
}

} // namespace settle
