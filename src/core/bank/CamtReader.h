#pragma once

#include "domain/BankStatement.h"

#include <QByteArray>
#include <QString>

namespace settle {

// ISO 20022 camt.053 (bank to customer statement), versions .001.02 to .001.08, read with Qt's
// QXmlStreamReader in one pass (docs/ARCHITECTURE.md, "Bank statement files", says why not AqBanking).
// Each booked Ntry becomes one BankEntry; a batch booking whose NtryDtls carry several TxDtls with their
// own amounts becomes one BankEntry per TxDtls. Throws SettleError(BadInput) through BankFileProblem.
class CamtReader
{
public:
    static BankStatement read(const QByteArray& data, const QString& fileName);

    // The version ("02" .. "08") of a camt.053 namespace URI; empty for any other URI.
    static QString versionOfNamespace(QStringView namespaceUri);
};

} // namespace settle
