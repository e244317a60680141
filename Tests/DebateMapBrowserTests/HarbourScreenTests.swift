import DebateMap
@testable import DebateMapBrowser
import Testing
import TestSupport

/// Whole screens over the hand-made harbour corpus, compared with reviewed snapshots: the
/// tree lines of a nested claim tree, furniture in the reader, the picker, a paged matrix.
struct HarbourScreenTests {
    @Test(arguments: [
        ("harbour-expanded", "E", false),
        ("harbour-expanded-ascii", "E", true),
        ("harbour-claim-detail", "jll", false),
        ("harbour-reader-furniture", "jjllr", false),
        ("harbour-picker", "jlll", false),
        ("harbour-search", "E/tram{down}", false),
        ("harbour-by-essay", "Et", false),
        ("harbour-matrix", "m{right}{down}", false),
    ])
    func screens(name: String, keys: String, ascii: Bool) {
        let options = BrowserOptions(ascii: ascii, color: !ascii)
        for (w, h) in [(80, 24), (40, 12)] {
            var b = Support.browser(keys, corpus: Fixtures.harbour, options: options, width: w, height: h)
            if name == "harbour-picker" { b.handle(.character("O")) }
            Support.assertSnapshot(b.render(width: w, height: h), "\(name)-\(w)x\(h)")
        }
    }

    @Test func aMatrixThatPages() {
        var b = Support.browser("m", corpus: Fixtures.wideMatrix(essays: 12, topics: 6), width: 80, height: 24)
        for _ in 0..<7 { b.handle(.right) }
        Support.assertSnapshot(b.render(width: 80, height: 24), "wide-matrix-80x24")
        Support.assertSnapshot(b.render(width: 40, height: 12), "wide-matrix-40x12")
    }

    @Test func theOutlineForPipes() {
        let expected = """
        Tram — Should the city build the harbour tram line?
          FOR      Müller — The city should build the tram because buses are stuck in traffic.
            ▶ The city should build the harbour tram.  ⚔1
              + Buses are stuck in traffic every morning.  ⚔1
              + A tram carries three times as many people as a bus.
              - Building the tram costs money.
                - The tram will last fifty years.
          AGAINST  Petrov — The tram is a waste of money; fixing two junctions would make the buses work.
            ▶ The harbour tram is a waste of money.  ⚔2
              + The buses would run well if the city fixed the two junctions at the bridge.  ⚔1
          MIXED    Okafor — A tram perhaps, but only after a study of what the port needs.
            ▶ A tram may come, but only after the port has said what it needs.  ⚔1
              + The city should study the line first.
              - A tram would help the port's night shifts.

        Fares — Should public transport be free of charge?
          SILENT   Müller — does not address this question
          FOR      Petrov — Fares should be free for everyone.
            ▶ Public transport should be free for everyone.  ⚔1
              + A free bus fills up faster than a new tram.
          AGAINST  Okafor — Free fares subsidise riders; the money should buy buses.
            ▶ Free fares subsidise those who already ride; the money should fund more buses.  ⚔1


        """
        #expect(Outline.text(corpus: Fixtures.harbour, ascii: false) == expected)
        let ascii = Outline.text(corpus: Fixtures.harbour, ascii: true)
        // Müller's own objection to her claim is no opposition: only Petrov's contradiction counts.
        #expect(ascii.contains("    > The city should build the harbour tram.  x 1\n"))
        #expect(ascii.allSatisfy { $0.isASCII || "üüИванПетров".contains($0) })
    }
}
