import Glibc

/// Large arrays on 2 MB pages. The resolver's arrays and the claim tables at a million claims
/// are hundreds of megabytes; on 4 KB pages each page is a fault the first time it is written,
/// and a million-claim load took half as many faults again without this. Only a hint to the
/// kernel (`madvise`): one that does not do it, or memory too fragmented for it, changes
/// nothing but the speed.
enum LargePages {
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

    /// `count` zeros in an array advised before they are written.
    static func zeros<Element: FixedWidthInteger>(_ count: Int, of type: Element.Type = Element.self) -> [Element] {
        [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            advise(UnsafeMutableRawBufferPointer(buffer))
            buffer.initialize(repeating: 0)
            initialized = count
        }
    }
}

extension Array {
    /// Appends as `append` does, growing by doubling, with each new buffer advised for 2 MB
    /// pages before it is written (`LargePages`).
    mutating func appendOnLargePages(_ element: Element) {
        if count == capacity {
            reserveCapacity(Swift.max(16, 2 * capacity))
            let bytes = capacity * MemoryLayout<Element>.stride
            if bytes >= LargePages.threshold {
                withUnsafeMutableBufferPointer { buffer in
                    // The whole buffer, the room past the elements too: that is what is still to be written.
                    if let base = buffer.baseAddress { LargePages.advise(UnsafeMutableRawBufferPointer(start: base, count: bytes)) }
                }
            }
        }
        append(element)
    }
}
