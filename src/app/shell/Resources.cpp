#include "shell/Resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initSettleGuiResources()
{
    Q_INIT_RESOURCE(app);
    Q_INIT_RESOURCE(settle_gui_translations);
}

namespace settle {

void initResources()
{
    static const bool done = (initSettleGuiResources(), true);
    Q_UNUSED(done);
}

} // namespace settle
