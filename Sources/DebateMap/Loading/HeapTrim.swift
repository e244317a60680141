#if canImport(Glibc)
import Glibc
#endif

/// Gives back, after a large load, the heap the load used for a while and freed: the bytes of
/// every file, the parsed statements, the threads' working arrays.
///
/// glibc keeps freed small blocks in per-thread lists and merges them only when a large block
/// is next asked for there: after a million claims that first large request (the search's
/// first keystroke, on a worker thread) spent 13–20 ms merging what the load had freed.
/// `malloc_trim` does that merging now, for every thread's heap, and returns whole free pages
/// to the system.
///
/// A process-wide choice, so the library never makes it: the application calls this after a
/// load when it suits it (the `debatemap` commands and the benchmark do).
public enum HeapTrim {
    /// Loads smaller than this leave too little behind to be worth a pass over the heaps.
    public static let minimumClaims = 10_000

    public static func afterLoading(claims: Int) {
        guard claims >= minimumClaims, let trim = mallocTrim else { return }
        _ = trim(0)
    }

    /// glibc's `malloc_trim`, which Swift's Glibc module does not declare (it is in
    /// `malloc.h`); nil with a C library that has none.
    static let mallocTrim: (@convention(c) (Int) -> Int32)? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        #else
        return nil
        #endif
    }()
}
