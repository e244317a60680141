import DebateMap
import FuzzSupport

/// The AIF JSON reader on any bytes, then everything the commands print and export about it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAIF(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, count)
    let result = CorpusLoader.load(paths: ["n.json"], source: MemorySource(files: ["n.json": bytes]), format: .aif)
    FuzzSupport.exerciseOutputs(result)
    return 0
}
