import Glibc

/// Asks the kernel to back the memory of a large array with 2 MB pages rather than 4 KB
/// ones. The resolver's arrays and hash tables at a million claims are hundreds of
/// megabytes: on small pages each 4 KB is a fault the first time it is written, and the
/// tables, probed at random, miss the address cache nearly every probe. Only a hint: a
/// kernel that does not do it (or memory too fragmented for it) changes nothing.
enum HugePages {
    /// Smaller regions are left alone: a 2 MB page needs 2 MB of aligned room inside.
    static let threshold = 4 << 20

    /// Advises the page-aligned inside of `region`; call it before the memory is written.
    static func advise(_ region: UnsafeMutableRawBufferPointer) {
        guard region.count >= threshold, let base = region.baseAddress else { return }
        let page = 4096
        let start = (Int(bitPattern: base) + page - 1) & ~(page - 1)
        let end = (Int(bitPattern: base) + region.count) & ~(page - 1)
        guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(pointer, end - start, MADV_HUGEPAGE)
    }

    /// Gives `array` room for `capacity` elements and advises all of it (the room past its
    /// elements too, which is what a reserved array has still to write).
    static func reserve<Element>(_ array: inout [Element], capacity: Int) {
        array.reserveCapacity(capacity)
        let bytes = array.capacity * MemoryLayout<Element>.stride
        guard bytes >= threshold else { return }
        array.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            advise(UnsafeMutableRawBufferPointer(start: base, count: bytes))
        }
    }

    /// `count` zeros in an array advised before they are written.
    static func zeros<Element: FixedWidthInteger>(_ count: Int, of type: Element.Type = Element.self) -> [Element] {
        [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            advise(UnsafeMutableRawBufferPointer(buffer))
            buffer.initialize(repeating: 0)
            initialized = count
        }
    }
}
