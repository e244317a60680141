// Asking for a cache line before it is read: Swift has no way to say so.
#include "CByteScan.h"

void debatemap_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}
