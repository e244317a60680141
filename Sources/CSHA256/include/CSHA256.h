// SHA-256's compression function on the CPU's SHA extensions (x86-64 SHA-NI), for the core's
// SHA256 to call when the processor has them. Swift cannot reach these instructions itself.
#ifndef DEBATEMAP_CSHA256_H
#define DEBATEMAP_CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// SHA-256's 64 round constants (FIPS 180-4, 4.2.2), for both implementations.
extern const uint32_t debatemap_sha256_round_constants[64];

/// Whether this processor has the instructions `debatemap_sha256_blocks` needs
/// (SHA, SSSE3, SSE4.1). Always 0 on other architectures.
int debatemap_sha256_hardware(void);

/// Runs the compression function over `blocks` 64-byte blocks at `data`, updating `state`
/// (h0…h7, as FIPS 180-4 numbers them). Only call it when `debatemap_sha256_hardware()` is 1.
void debatemap_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
