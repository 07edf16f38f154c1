#pragma once

namespace settle {

// Registers the icons and the compiled translations: resources inside the static settle_gui library
// are not registered on their own (their initialisers are never referenced). Safe to call again.
void initResources();

} // namespace settle
