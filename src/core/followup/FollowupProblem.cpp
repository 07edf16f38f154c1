#include "followup/FollowupProblem.h"

#include "errors/SettleError.h"
#include "ledger/SettingKeys.h"
#include "templates/MissingValues.h"

namespace settle {

FollowupProblem FollowupProblem::from(const std::exception& error)
{
    FollowupProblem problem;
    problem.m_kind = Kind::Other;
    const auto* known = dynamic_cast<const SettleError*>(&error);
    problem.m_message = known ? known->message() : QString::fromUtf8(error.what());
    if (const auto* missing = dynamic_cast<const MissingValues*>(&error)) {
        QStringList keys = missing->settings();
        if (!keys.isEmpty()) {
            problem.m_kind = Kind::MissingSettings;
            // How to pay is what a customer most needs from a reminder: named first.
            const QString payment = SettingKeys::CompanyPaymentDetails;
            if (keys.removeAll(payment) > 0)
                keys.prepend(payment);
            problem.m_settings = keys;
        }
    }
    return problem;
}

} // namespace settle
