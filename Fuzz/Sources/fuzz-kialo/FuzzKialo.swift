import DebateMap
import FuzzSupport

/// The Kialo reader on any bytes, then everything the commands print and export about it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKialo(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, count)
    let result = CorpusLoader.load(paths: ["d.txt"], source: MemorySource(files: ["d.txt": bytes]), format: .kialo)
    FuzzSupport.exerciseOutputs(result)
    return 0
}
