#pragma once

#include "domain/PaymentMethod.h"
#include "domain/PaymentTerms.h"
#include "templates/TemplateKeys.h"

#include <QCoreApplication>
#include <QString>

namespace settle {

// The words the core keeps in English (they are keys in the ledger, the audit trail and the CLI's
// output) as the desktop app shows them, in the user's language. A name someone typed (a renamed
// stage) has no translation and stays as typed.
class CoreLabels
{
    Q_DECLARE_TR_FUNCTIONS(settle::CoreLabels)

public:
    static QString paymentMethod(PaymentMethod method);
    // A stage of the default policy ("Final notice"), translated; any other name as it is.
    static QString stageName(const QString& name);
    // "email+letter" -> "Email + Letter" in the user's language.
    static QString channels(const QString& channelName);
    static QString templateKind(TemplateKeys::Kind kind);
    static QString termsDescription(const PaymentTerms& terms);
};

} // namespace settle
