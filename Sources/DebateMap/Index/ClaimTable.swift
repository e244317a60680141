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
        slots = LargePages.zeros(size)
    }

    /// The hash of a key as the table keeps it: Swift's own hash of the string, folded to 32
    /// bits. Made once per key by the caller, which may make it on another thread (the
    /// loader hashes titles where it parses them).
    static func hash(_ key: String) -> UInt32 {
        let h = UInt64(bitPattern: Int64(key.hashValue))
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

    /// Room for `capacity` keys in all; the slots keep their hashes, so no key is hashed again.
    mutating func reserveCapacity(_ capacity: Int) {
        var size = slots.count
        while size < capacity * 2 { size <<= 1 }
        guard size > slots.count else { return }
        let old = slots
        slots = LargePages.zeros(size)
        for slot in old where slot != 0 { place(slot) }
    }

    /// Starts loading the slots where probes for these hashes begin, all at once. At a million
    /// claims the table is 16 MB and nearly every probe waits for memory; asked for a batch
    /// ahead (a file's definitions), those waits overlap.
    func prefetch(_ hashes: some Sequence<UInt32>) {
        slots.withUnsafeBufferPointer { slots in
            for hash in hashes { debatemap_prefetch(slots.baseAddress! + (Int(hash) & (slots.count - 1))) }
        }
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
