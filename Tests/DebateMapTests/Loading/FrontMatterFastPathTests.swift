@testable import DebateMap
import Testing

/// Simple front matter is read without Yams; whatever it reads must come out exactly as
/// through Yams (values, locations, diagnostics), and anything unusual must go to Yams.
struct FrontMatterFastPathTests {
    static let base = """
        id: e1
        title: Эссе № 0 — “Power démocratie 数据”
        author: Автор 0 Müller
        outlet: unknown
        published: 2022-01
        url: https://example.org/a?b=c&d=e
        text: ../essays/e1.txt
        sha256: D0DD6EBF17D79C7E25CF79718AE4BBD3A1E30760F39CC3B8684559D997A5C52A

        """

    static let simple: [String] = [
        base,
        base.replacingOccurrences(of: "title: Эссе", with: "title:    Эссе"),
        base.replacingOccurrences(of: "author: Автор 0 Müller", with: "author: \"Автор: 0 # Müller\""),
        base.replacingOccurrences(of: "published: 2022-01", with: "published: 2022-13"),
        base.replacingOccurrences(of: "id: e1", with: "id: E 1"),
        base.replacingOccurrences(of: "outlet: unknown", with: "outlet: a:b, [c] {d} e#f"),
        base.replacingOccurrences(of: "url: https://example.org/a?b=c&d=e", with: "label: ~"),
        base.replacingOccurrences(of: "text: ../essays/e1.txt\n", with: ""),
        "id: x\ntext: y\n",
    ]

    /// Each of these leaves the fast path: Yams reads them (or reports them).
    static let unusual: [String] = [
        base + "# a comment\n",
        base.replacingOccurrences(of: "outlet: unknown", with: "outlet: unknown # comment"),
        base.replacingOccurrences(of: "outlet: unknown", with: "outlet: 'single'"),
        base.replacingOccurrences(of: "outlet: unknown", with: "outlet: \"esc\\u00e9\""),
        base.replacingOccurrences(of: "outlet: unknown", with: "outlet: a: b"),
        base.replacingOccurrences(of: "outlet: unknown", with: "outlet: &anchor x"),
        base.replacingOccurrences(of: "outlet: unknown", with: "outlet: -x"),
        base.replacingOccurrences(of: "outlet: unknown", with: "outlet: [a, b]"),
        base.replacingOccurrences(of: "outlet: unknown", with: "outlet: a\tb"),
        base.replacingOccurrences(of: "outlet: unknown", with: "outlet: a\u{85}b"),
        base.replacingOccurrences(of: "outlet: unknown", with: "outlet: a\u{2028}b"),
        base.replacingOccurrences(of: "outlet: unknown", with: "outlet: trailing "),
        base.replacingOccurrences(of: "outlet: unknown", with: "outlet:"),
        base.replacingOccurrences(of: "outlet: unknown", with: "outlet: unknown\noutlet: twice"),
        base.replacingOccurrences(of: "outlet: unknown", with: "outlett: unknown"),
        base.replacingOccurrences(of: "outlet: unknown", with: "outlet: unknown\n\n"),
        base + "furniture:\n  - {start: 0, end: 3, what: x}\n",
        base.replacingOccurrences(of: "\n", with: "\r\n"),
        "id: x\ntext: y",
        "",
        "- a\n",
        "id x\n",
    ]

    static func describe(_ result: (EssayMetadata?, [Diagnostic])) -> String {
        var out = result.1.map { "\($0.severity) \($0.message) \($0.location?.description ?? "-") \($0.notes)" }
        if let m = result.0 {
            out.append([m.id, m.title, m.author, m.outlet, m.published, m.url, m.label ?? "nil", m.text, m.sha256 ?? "nil"].joined(separator: "|"))
            out.append("\(m.textLocation) \(m.sha256Location?.description ?? "nil") \(m.location)")
        }
        return out.joined(separator: "\n")
    }

    @Test(arguments: simple)
    func simpleFrontMatterReadsAsThroughYams(yaml: String) {
        #expect(EssayMetadata.simpleEntries(yaml) != nil)
        let frontMatter = ArgdownDocument.FrontMatter(yaml: yaml, location: SourceLocation(file: "maps/a.argdown", line: 3, column: 1))
        #expect(Self.describe(EssayMetadata.read(frontMatter)) == Self.describe(EssayMetadata.read(frontMatter, simple: false)))
    }

    @Test(arguments: unusual)
    func unusualFrontMatterGoesToYams(yaml: String) {
        #expect(EssayMetadata.simpleEntries(yaml) == nil)
    }

    /// `published`: a year, a month or a day, with the month and day in range.
    @Test func publishedDates() {
        for good in ["2022", "2022-02", "2022-02-25", "0999-12-31", "2022-01-01"] { #expect(EssayMetadata.isDate(good), "\(good)") }
        for bad in ["", "22", "20222", "2022-2", "2022-00", "2022-13", "2022-02-00", "2022-02-32", "2022-02-5", "+202", "+202-01",
                    "2022/02", "2022-02-25T10", "２０２２", "2022-1a", "2022-02-"] {
            #expect(!EssayMetadata.isDate(bad), "\(bad)")
        }
    }
}
