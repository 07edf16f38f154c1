#include "templates/TemplateKeys.h"

#include <QRegularExpression>

namespace settle {

QStringList TemplateKeys::shipped()
{
    return {QStringLiteral("upcoming"),           QStringLiteral("reminder"),
            QStringLiteral("second_reminder"),    QStringLiteral("final_notice"),
            QStringLiteral("collections_review"), QStringLiteral("statement"),
            QStringLiteral("payment_thanks"),     QStringLiteral("invoice"),
            QStringLiteral("payment_plan")};
}

QStringList TemplateKeys::languages()
{
    // English first: the language every other one falls back to (TemplateLibrary::resolve).
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
            QStringLiteral("es"), QStringLiteral("it"), QStringLiteral("nl")};
}

TemplateKeys::Kind TemplateKeys::kindOf(const QString& key)
{
    if (key == u"statement")
        return Kind::Statement;
    if (key == u"payment_thanks")
        return Kind::Payment;
    // A payment plan's confirmation is about one invoice too: its values stand anywhere.
    if (key == u"invoice" || key == u"payment_plan")
        return Kind::Invoice;
    // Any other key is a stage's: custom policies name their own templates.
    return Kind::Followup;
}

QString TemplateKeys::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Followup:
        return QStringLiteral("follow-up");
    case Kind::Statement:
        return QStringLiteral("statement");
    case Kind::Payment:
        return QStringLiteral("payment thank-you");
    case Kind::Invoice:
        return QStringLiteral("invoice");
    }
    return {};
}

QString TemplateKeys::keyError(const QString& key)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    if (valid.match(key).hasMatch())
        return {};
    return QStringLiteral("\"%1\" is not a template key (lower-case letters, digits and _, at most 40)")
        .arg(key);
}

QString TemplateKeys::languageError(const QString& language)
{
    if (languages().contains(language))
        return {};
    return QStringLiteral("\"%1\" is not a template language (%2)")
        .arg(language, languages().join(QStringLiteral(", ")));
}

QString TemplateKeys::primaryOf(const QString& customerLanguage)
{
    return customerLanguage.trimmed().toLower().section(u'-', 0, 0).section(u'_', 0, 0);
}

QString TemplateKeys::languageFor(const QString& customerLanguage)
{
    const QString primary = primaryOf(customerLanguage);
    return languages().contains(primary) ? primary : QStringLiteral("en");
}

QString TemplateKeys::customerLanguageError(const QString& customerLanguage)
{
    static const QRegularExpression form(QStringLiteral("^[a-z]{2}([-_][a-z]{2})?$"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (form.match(customerLanguage).hasMatch() && languages().contains(primaryOf(customerLanguage)))
        return {};
    return QStringLiteral("\"%1\" is not a language Settle writes in (%2, optionally with a region such as fr-CH)")
        .arg(customerLanguage, languages().join(QStringLiteral(", ")));
}

} // namespace settle
