import CByteScan

/// Claims by title or by id: a flat open-addressing table of claim indices, each slot also
/// holding 32 bits of its key's hash, so a probe compares strings only when the hashes
/// agree. A million claims take 16 MB (a `Dictionary` of `String` keys took about 64), and
/// growing it moves the slots without hashing a string again.
///
/// Keys are Swift strings hashed as Swift hashes them, so titles that compare equal (by
/// Unicode canonical equivalence) are one key.
struct ClaimTable: Sendable {
    /// 0 when empty; otherwise the hash in the high 32 bits and the index + 1 in the low 32.
    private var slots: [UInt64]
    private(set) var count = 0

    /// Room for `capacity` keys before the first growth.
    init(capacity: Int = 0) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = HugePages.zeros(size)
    }

    /// The hash of a key as the table keeps it (computed once per key by the caller): Swift's
    /// own hash of the string. A key whose bytes are known to be NFC (`KnownNFC`) is hashed
    /// on them here, as Swift hashes a string in NFC (its bytes, then 0xFF), without Swift's
    /// own check, which normalizes most non-ASCII titles to learn what they already are.
    static func hash(_ key: String) -> UInt32 {
        var key = key
        return key.withUTF8 { knownNFCHash($0) } ?? folded(key.hashValue)
    }

    /// The same hash of a key given as its UTF-8 bytes (valid UTF-8), made a string only
    /// when they are not known to be NFC.
    static func hash(bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        knownNFCHash(bytes) ?? folded(String(decoding: bytes, as: UTF8.self).hashValue)
    }

    /// Swift's hash of the string these bytes are, when they are known NFC (its bytes, then 0xFF).
    private static func knownNFCHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard KnownNFC.check(bytes) else { return nil }
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        hasher.combine(0xFF as UInt8)
        return folded(hasher.finalize())
    }

    private static func folded(_ hash: Int) -> UInt32 {
        let h = UInt64(bitPattern: Int64(hash))
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }

    /// The index stored for `key`; `keyOf` gives the key of a stored index.
    func find(_ key: String, hash: UInt32, keyOf: (Int) -> String) -> Int? {
        find(hash: hash) { keyOf($0) == key }
    }

    /// The index stored under this hash for which `matches` (asked only where the hashes agree).
    func find(hash: UInt32, where matches: (Int) -> Bool) -> Int? {
        let mask = slots.count - 1
        var k = Int(hash) & mask
        while true {
            let slot = slots[k]
            if slot == 0 { return nil }
            let index = Int(slot & 0xFFFF_FFFF) - 1
            if UInt32(slot >> 32) == hash && matches(index) { return index }
            k = (k + 1) & mask
        }
    }

    /// Starts loading the slot where a probe for this hash begins: at a million claims the
    /// table is 16 MB and nearly every probe waited for memory; asked for several keys
    /// ahead, those waits overlap.
    func prefetch(hash: UInt32) {
        slots.withUnsafeBufferPointer { debatemap_prefetch($0.baseAddress! + (Int(hash) & ($0.count - 1))) }
    }

    /// Room for `capacity` keys in all, made at once: grown by doubling, a table of a million
    /// keys was allocated, zeroed and filled again twenty times over while loading.
    mutating func reserveCapacity(_ capacity: Int) {
        var size = slots.count
        while size < capacity * 2 { size <<= 1 }
        guard size > slots.count else { return }
        let old = slots
        slots = HugePages.zeros(size)
        for slot in old where slot != 0 { place(slot) }
    }

    /// Stores `index` under a key of this hash; the caller knows the key is not in the table.
    mutating func insert(hash: UInt32, index: Int) {
        if (count + 1) * 2 > slots.count { grow() }
        place(UInt64(hash) << 32 | UInt64(index + 1))
        count += 1
    }

    private mutating func place(_ slot: UInt64) {
        let mask = slots.count - 1
        var k = Int(slot >> 32) & mask
        while slots[k] != 0 { k = (k + 1) & mask }
        slots[k] = slot
    }

    private mutating func grow() { reserveCapacity(slots.count) }
}

extension ClaimTable {
    /// Each claim's id to its index, the first claim of an id winning.
    init(ids claims: [Claim]) {
        self.init(capacity: claims.count)
        for (i, claim) in claims.enumerated() {
            let hash = ClaimTable.hash(claim.id)
            if find(claim.id, hash: hash, keyOf: { claims[$0].id }) == nil { insert(hash: hash, index: i) }
        }
    }
}
