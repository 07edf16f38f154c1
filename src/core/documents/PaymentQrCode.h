#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

class QPainter;
class QRectF;

namespace settle {

struct CompanyProfile;

// The EPC069-12 "SEPA credit transfer" QR code (GiroCode) that European banking apps scan into a
// transfer: version 002, character set UTF-8, the company's BIC, name and IBAN, the amount and the
// reference to quote. Encoded by libqrencode at error correction level M, as the EPC guideline asks.
class PaymentQrCode
{
public:
    struct Transfer
    {
        QString bic; // may be empty: version 002 lets the bank find it from the IBAN
        QString name;
        QString iban;  // normalised: upper case, no spaces
        qint64 cents = 0; // euro cents, from 1 to 99,999,999,999 (the EPC's EUR 999,999,999.99)
        QString reference; // the unstructured remittance text
    };

    // The transfer a document asks for, or nothing: only for EUR, only when the company has an IBAN,
    // only when something is open (and no more than a code can carry).
    static std::optional<Transfer> transfer(const CompanyProfile& company, const QString& currency,
                                            qint64 openMinor, const QString& reference);
    // The code's text, lines separated by LF, the empty trailing elements left out:
    // BCD, 002, 1, SCT, BIC, name, IBAN, EUR123.45, purpose (empty), structured reference (empty),
    // the reference. The name is cut to 70 characters and the reference to 140, line breaks made
    // spaces, as the guideline's field lengths require.
    static QString payload(const Transfer& transfer);

    // The symbol's modules, row by row (no quiet zone).
    struct Symbol
    {
        int width = 0;
        std::vector<bool> dark;
        bool isDark(int x, int y) const { return dark[size_t(y) * size_t(width) + size_t(x)]; }
    };
    // Throws SettleError (run time) when libqrencode cannot encode `data`.
    static Symbol encode(const QByteArray& data);
    // Fills the dark modules as one vector path into `box`, keeping the four-module quiet zone the
    // QR standard asks for inside it (the box is square, the symbol centred).
    static void draw(QPainter& painter, const Symbol& symbol, const QRectF& box);
    // How wide the box must be for the symbol itself to be `symbolSide` wide with its quiet zone.
    static double boxSide(const Symbol& symbol, double symbolSide);
};

} // namespace settle
