#include "EinvoiceCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "einvoice/EinvoiceExport.h"
#include "errors/FileError.h"
#include "errors/SettleError.h"

#include <QSaveFile>

namespace settle {

int EinvoiceCommands::einvoice(CliContext& context, const QStringList& args)
{
    CommandLine cmd(QStringLiteral("invoice einvoice"),
                    QStringLiteral("invoice einvoice NUMBER --format factur-x|xrechnung-cii|xrechnung-ubl --out FILE "
                                   "[--as-of DATE]"),
                    args.mid(1));
    cmd.parse({QStringLiteral("format"), QStringLiteral("out"), QStringLiteral("as-of")}, {}, 1, 1);
    if (cmd.helpRequested()) {
        context.out()
            << "usage: settle-cli " << cmd.usage() << "\n"
            << "An issued invoice or a credit note as an EN 16931 e-invoice (docs/EINVOICE.md):\n"
               "  factur-x       the invoice PDF as PDF/A-3b with the CII XML embedded (ZUGFeRD 2)\n"
               "  xrechnung-cii  XRechnung 3.0 in UN/CEFACT CII, the XML alone\n"
               "  xrechnung-ubl  XRechnung 3.0 in OASIS UBL 2.1, the XML alone\n"
               "Payments up to --as-of (default today) show as paid. What a valid e-invoice needs and the\n"
               "ledger lacks is refused (exit 3), naming each setting or customer field to fill.\n";
        return 0;
    }
    const QString formatName = cmd.value(QStringLiteral("format"));
    if (formatName.isEmpty())
        cmd.usageError(QStringLiteral("--format is required"));
    const auto format = EinvoiceFormat::parse(formatName);
    if (!format)
        cmd.usageError(QStringLiteral("--format: \"%1\" is not one of %2")
                           .arg(formatName, EinvoiceFormat::names().join(QStringLiteral(", "))));
    if (!cmd.has(QStringLiteral("out")))
        cmd.usageError(QStringLiteral("--out is required"));
    const QString out = cmd.value(QStringLiteral("out"));
    const QDate asOf = cmd.date(QStringLiteral("as-of"), context.clock().today());

    const MailAttachment file = EinvoiceExport(context.ledger()).make(cmd.positional(0), *format, asOf);
    QSaveFile save(out);
    if (!save.open(QIODevice::WriteOnly) || save.write(file.content) < 0 || !save.commit())
        throw SettleError(SettleError::Kind::Runtime, FileError::cannotWrite(out, save));
    context.out() << "Wrote " << EinvoiceFormat::name(*format) << " e-invoice " << cmd.positional(0) << " to " << out
                  << "\n";
    return 0;
}

} // namespace settle
