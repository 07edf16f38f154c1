// One libFuzzer entry point, built once per target with SETTLE_FUZZ_TARGET naming it (CMakeLists.txt).
// A broken property or an exception of a kind the caller does not expect aborts, which libFuzzer
// reports as a crash and keeps the input; the sanitizers abort on their own.
#include "FuzzProperties.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    try {
        FuzzProperties::check(QStringLiteral(SETTLE_FUZZ_TARGET), input);
    } catch (const FuzzProperties::Violation& e) {
        std::fprintf(stderr, "\n== %s: property broken: %s\n", SETTLE_FUZZ_TARGET, e.what());
        std::abort();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "\n== %s: unexpected exception: %s\n", SETTLE_FUZZ_TARGET, e.what());
        std::abort();
    }
    return 0;
}
