// The parser's innermost loops on the processor's vector instructions: finding the end of a
// run of plain bytes, counting UTF-8 continuation bytes (for columns), checking UTF-8; and a
// prefetch, for the probes of the large claim tables.
#ifndef DEBATEMAP_CBYTESCAN_H
#define DEBATEMAP_CBYTESCAN_H

#include <stddef.h>
#include <stdint.h>

/// Whether `debatemap_first_in_set` may be called (x86-64 with SSE4.2). 0 elsewhere.
int debatemap_byte_scan_hardware(void);

/// The first offset in `from..<to` whose byte is one of the `count` bytes of `set` (at most
/// 16; `set` must have 16 readable bytes), or `to`.
size_t debatemap_first_in_set(const uint8_t *bytes, size_t from, size_t to, const uint8_t *set, int count);

/// How many of `bytes[0..<count]` are UTF-8 continuation bytes (10xxxxxx).
size_t debatemap_continuation_bytes(const uint8_t *bytes, size_t count);

/// 1 when `bytes[0..<count]` is valid UTF-8 (what `String(validating:)` accepts), else 0.
/// Sixteen bytes at a time where the processor can (x86-64 with SSE4.2).
int debatemap_utf8_valid(const uint8_t *bytes, size_t count);

/// The same answer one byte at a time (what runs elsewhere).
int debatemap_utf8_valid_bytewise(const uint8_t *bytes, size_t count);

/// Starts loading the cache line holding `address` (a hint: it reads and faults nothing).
void debatemap_prefetch(const void *address);

#endif
