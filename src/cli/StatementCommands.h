#pragma once

#include <QStringList>

namespace settle {

class CliContext;

// statement | statements (docs/CLI.md), and the additions invoice pdf and letter.
class StatementCommands
{
public:
    static int statement(CliContext& context, const QStringList& args);
    static int statements(CliContext& context, const QStringList& args);
    // `invoice pdf NUMBER --out FILE`; `invoice` hands it over.
    static int invoicePdf(CliContext& context, const QStringList& args);
    // `letter list` and `letter pdf ID --out FILE`: the letters the follow-up engine wrote.
    static int letter(CliContext& context, const QStringList& args);
    // Whether the command line renders a document (main() then starts a QGuiApplication for fonts).
    static bool rendersDocuments(const QStringList& arguments);
};

} // namespace settle
