#include "shell/SearchPopup.h"

#include "shell/LedgerSession.h"

#include "ledger/Ledger.h"
#include "money/LocaleAmount.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTimer>

namespace settle {

namespace {
constexpr int KindRole = Qt::UserRole + 1;
constexpr int KeyRole = Qt::UserRole + 2;
} // namespace

SearchPopup::SearchPopup(LedgerSession& session, QLineEdit* field, QObject* parent)
    : QObject(parent), m_session(session), m_field(field), m_results(new QStandardItemModel(this)),
      m_completer(new QCompleter(this)), m_typing(new QTimer(this))
{
    m_completer->setModel(m_results);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setWidget(m_field);
    m_typing->setSingleShot(true);
    m_typing->setInterval(150);
    connect(m_field, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, [this] {
        if (search(m_field->text()) > 0)
            m_completer->complete();
        else
            m_completer->popup()->hide();
    });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { choose(index.row()); });
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (!m_completer->popup()->isVisible() && search(m_field->text()) > 0)
            choose(0);
    });
}

int SearchPopup::search(const QString& text)
{
    m_results->clear();
    if (!m_session.isOpen() || text.trimmed().isEmpty())
        return 0;
    Ledger& ledger = m_session.ledger();
    // An amount typed as the user writes amounts ("1.200,50" in German) also finds invoice totals.
    Money amount;
    std::optional<qint64> total;
    if (LocaleAmount::parse(text, Currency::require(ledger.companyCurrency()), QLocale(), &amount).isEmpty())
        total = amount.minor();
    const QLocale locale;
    for (const auto& hit : ledger.search(text, total, Limit)) {
        auto* item = new QStandardItem;
        if (hit.kind == SearchRepository::Hit::Kind::Customer)
            item->setText(tr("Customer: %1 (%2)").arg(hit.title, hit.key));
        else
            item->setText(tr("Invoice %1 — %2, %3")
                              .arg(hit.key, hit.customer, LocaleAmount::formatWithCode(hit.total, hit.currency, locale)));
        item->setData(int(hit.kind), KindRole);
        item->setData(hit.key, KeyRole);
        m_results->appendRow(item);
    }
    return m_results->rowCount();
}

void SearchPopup::choose(int row)
{
    const QStandardItem* item = m_results->item(row);
    if (!item)
        return;
    const QString key = item->data(KeyRole).toString();
    const auto kind = SearchRepository::Hit::Kind(item->data(KindRole).toInt());
    m_completer->popup()->hide();
    QTimer::singleShot(0, m_field, [field = m_field] { field->clear(); });
    if (kind == SearchRepository::Hit::Kind::Customer)
        Q_EMIT customerChosen(key);
    else
        Q_EMIT invoiceChosen(key);
}

} // namespace settle
