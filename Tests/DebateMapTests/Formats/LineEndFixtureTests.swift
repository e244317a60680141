import DebateMap
import Foundation
import Testing
import TestSupport

/// Issue 20: a file written on Windows (CRLF), on an old Mac (CR) or with a UTF-8 byte-order
/// mark reads exactly as its LF original, in every format. The variants are committed files
/// (`formats/line-ends`), byte for byte, so no editor or checkout setting can hide a
/// regression.
struct LineEndFixtureTests {
    static let variants: [(variant: String, original: String)] = [
        ("line-ends/library-crlf.argdown", "argdown/library.argdown"),
        ("line-ends/library-cr-bom.argdown", "argdown/library.argdown"),
        ("line-ends/tram-indented-crlf.txt", "kialo/tram-indented.txt"),
        ("line-ends/tram-indented-cr-bom.txt", "kialo/tram-indented.txt"),
        ("line-ends/harbour-nodeset-crlf-bom.json", "aif/harbour-nodeset.json"),
        ("line-ends/fares-ova-cr.json", "aif/fares-ova.json"),
    ]

    @Test(arguments: LineEndFixtureTests.variants.map(\.variant))
    func aVariantReadsAsItsOriginal(_ variant: String) throws {
        let original = try #require(LineEndFixtureTests.variants.first { $0.variant == variant }?.original)
        let bytes = try FileSystemSource().read(FormatFixtures.path(variant))
        // The file really has the line ends its name says.
        #expect(bytes.contains(0x0D))
        #expect(variant.contains("crlf") == bytes.indices.dropLast().contains { bytes[$0] == 0x0D && bytes[$0 + 1] == 0x0A })
        #expect(variant.contains("bom") == bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let a = FormatFixtures.load(original), b = FormatFixtures.load(variant)
        #expect(b.corpus.claims.count > 0)
        // A document without a title is named by its file: the variant's name, without its suffix.
        func unsuffixed(_ s: String) -> String {
            ["-crlf-bom", "-cr-bom", "-crlf", "-cr"].reduce(s) { $0.replacingOccurrences(of: $1, with: "") }
        }
        #expect(FormatFixtures.signature(b.corpus, metadata: false).map(unsuffixed) == FormatFixtures.signature(a.corpus, metadata: false))
        #expect(b.corpus.claims.map { unsuffixed($0.text) } == a.corpus.claims.map(\.text))
        // The same diagnostics, at the same lines and columns.
        func places(_ r: LoadResult) -> [String] { r.diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.message)" } }
        #expect(places(b) == places(a))
    }
}
