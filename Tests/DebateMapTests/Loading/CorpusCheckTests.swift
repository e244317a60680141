import DebateMap
import Testing
import TestSupport

/// One test per diagnostic of the checker, each on a small corpus with one mistake.
struct CorpusCheckTests {
    @Test func validCorpusChecksClean() {
        let result = Fixtures.memory(map: Fixtures.map(Fixtures.validBody))
        #expect(result.diagnostics.isEmpty, "\(result.messages)")
        #expect(result.corpus.claims.map(\.id) == ["build", "slow"])
    }

    @Test func quoteThatIsNotVerbatimNamesTheClosestPassage() {
        let body = """
            # Tram {topic: tram, stance: for, summary: "Build it."}

            [Build]: The city should build the tram. {quote: "The city must build the tram."}
            """
        let result = Fixtures.memory(map: Fixtures.map(body))
        #expect(result.messages == ["15:50: error: the quote of `[Build]` does not occur verbatim in essays/e.txt"])
        #expect(result.diagnostics[0].notes == ["closest passage: The city should build the tram."])
    }

    @Test func lookAlikeCharactersAreNamed() {
        let text = "The city should build\u{A0}the tram. Buses are slow. It costs too much. Nobody rides buses."
        let body = Fixtures.validBody.replacingOccurrences(of: "[Slow]: Buses are slow. {quote: \"Buses are slow.\"}", with: "[Slow]: Buses are slow. {quote: \"Buses are slow.\"}")
        let fm = Fixtures.frontMatter(sha: Digest.sha256(Array(text.utf8)))
        let result = Fixtures.memory(map: Fixtures.map(body, frontMatter: fm), text: text)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.notes == [
            "closest passage: The city should build\u{A0}the tram.",
            "at character 22 of the quote the text has U+00A0 NO-BREAK SPACE where the quote has U+0020 SPACE",
        ])
    }

    @Test func quoteFromFurnitureIsRejected() {
        let fm = Fixtures.frontMatter(extra: "furniture:\n  - {start: 32, end: 47, what: \"caption\", text: \"Buses are slow.\"}")
        let result = Fixtures.memory(map: Fixtures.map(Fixtures.validBody, frontMatter: fm))
        #expect(result.messages == ["17:37: error: the quote of `[Slow]` takes words from page furniture (caption), which is not the author's argument"])
    }

    @Test func furnitureRangeThatDoesNotHoldItsText() {
        let fm = Fixtures.frontMatter(extra: "furniture:\n  - {start: 0, end: 5, what: \"x\", text: \"Buses\"}")
        let result = Fixtures.memory(map: Fixtures.map(Fixtures.validBody, frontMatter: fm))
        #expect(result.messages == ["11:5: error: the furniture range 0..<5 does not hold the text given for it"])
        #expect(result.diagnostics[0].notes == ["the range holds: \"The c\""])
    }

    @Test func furnitureRangePastTheEnd() {
        let fm = Fixtures.frontMatter(extra: "furniture:\n  - {start: 80, end: 500, what: \"x\"}")
        let result = Fixtures.memory(map: Fixtures.map(Fixtures.validBody, frontMatter: fm))
        #expect(result.messages == ["11:5: error: the furniture range 80..<500 runs past the end of the text (86 characters)"])
    }

    /// A claim defined again (same text) under itself: the relation would join it to itself.
    @Test func claimUnderItselfIsAnError() {
        let body = Fixtures.validBody + "  + [Build]: The city should build the tram. {quote: \"The city should build the tram.\"}\n"
        let result = Fixtures.memory(map: Fixtures.map(body))
        #expect(result.messages == ["17:3: error: `[Build]` cannot relate to itself"])
    }

    /// A claim defined under a reference to a claim of another position would hang in a
    /// tree that is not its own.
    @Test func claimDefinedUnderAnotherPositionsClaim() {
        let topics = Fixtures.oneTopic + "\n  - id: fares\n    title: Fares\n    question: Free fares?\n"
        let body = Fixtures.validBody + """

            # Fares {topic: fares, stance: for, summary: "Free."}

            [Cost]: It costs too much. {quote: "It costs too much."}
              - [Build]
                + [Riders]: Nobody rides buses. {quote: "Nobody rides buses."}

            """
        let result = Fixtures.memory(map: Fixtures.map(body), topics: topics)
        #expect(result.messages == ["22:7: error: `[Riders]` is defined under `[Build]`, a claim of another position: define it in its own position and refer to it here"])
    }

    @Test func undefinedReferenceNamesTheClosestTitles() {
        let body = Fixtures.validBody + "  - [Slw]\n"
        let result = Fixtures.memory(map: Fixtures.map(body))
        #expect(result.messages == ["17:5: error: `[Slw]` is not defined anywhere in the corpus"])
        #expect(result.diagnostics[0].notes == ["did you mean `[Slow]`?"])
    }

    @Test func undefinedMention() {
        let body = """
            # Tram {topic: tram, stance: for, summary: "Build it."}

            [Build]: The city should build the tram, see @[Nowhere]. {quote: "The city should build the tram."}
            """
        let result = Fixtures.memory(map: Fixtures.map(body))
        #expect(result.messages == ["15:46: error: `[Nowhere]` is not defined anywhere in the corpus"])
    }

    @Test func unknownTopicNamesTheClosest() {
        let body = Fixtures.validBody.replacingOccurrences(of: "topic: tram", with: "topic: trams")
        let result = Fixtures.memory(map: Fixtures.map(body))
        #expect(result.messages.contains("13:16: error: unknown topic `trams`"))
        #expect(result.diagnostics.first { $0.message.hasPrefix("unknown topic") }?.notes == ["did you mean `tram`?"])
    }

    @Test func unknownStance() {
        let body = Fixtures.validBody.replacingOccurrences(of: "stance: for", with: "stance: maybe")
        let result = Fixtures.memory(map: Fixtures.map(body))
        #expect(result.messages == ["13:30: error: unknown stance `maybe`: it is one of for, against, mixed, silent"])
    }

    @Test func missingSummary() {
        let body = Fixtures.validBody.replacingOccurrences(of: ", summary: \"Build it.\"", with: "")
        let result = Fixtures.memory(map: Fixtures.map(body))
        #expect(result.messages == ["13:8: error: the position needs a one-sentence `summary`"])
    }

    @Test func essayWithoutAPositionOnATopic() {
        let topics = Fixtures.oneTopic + "\n  - id: fares\n    title: Fares\n    question: Free fares?\n"
        let result = Fixtures.memory(map: Fixtures.map(Fixtures.validBody), topics: topics)
        #expect(result.messages == ["1:1: error: `e` takes no position on `fares`"])
        #expect(result.diagnostics[0].notes == ["add `# Fares {topic: fares, stance: …, summary: \"…\"}` (stance `silent` if the essay does not address it)"])
    }

    @Test func secondPositionOnTheSameTopic() {
        let body = Fixtures.validBody + "# Again {topic: tram, stance: silent, summary: \"x\"}\n"
        let result = Fixtures.memory(map: Fixtures.map(body))
        #expect(result.messages == ["17:1: error: a second position of `e` on `tram`: an essay takes one position per topic"])
    }

    @Test func sameTitleDefinedTwiceWithDifferentTexts() {
        let body = Fixtures.validBody + "  - [Slow]: Buses are fast. {quote: \"Buses are slow.\"}\n"
        let result = Fixtures.memory(map: Fixtures.map(body))
        #expect(result.messages == ["17:5: error: `[Slow]` is defined twice with different texts"])
        #expect(result.diagnostics[0].notes == ["first defined at c/maps/e.argdown:16:5"])
    }

    /// Two titles that make one id: the second claim gets the id with a number, and an error;
    /// titles that make no id at all are "claim", numbered the same way.
    @Test func titlesThatMakeTheSameId() {
        let body = Fixtures.validBody + """
              - [slow!]: Buses are slow. {quote: "Buses are slow."}
              - [***]: It costs too much. {quote: "It costs too much."}
              - [!!!]: Nobody rides buses. {quote: "Nobody rides buses."}

            """
        let result = Fixtures.memory(map: Fixtures.map(body))
        #expect(result.messages == [
            "17:5: error: `[slow!]` and `[Slow]` make the same id `slow`: change one title",
            "19:5: error: `[!!!]` and `[***]` make the same id `claim`: change one title",
        ], "\(result.messages)")
        #expect(result.corpus.claims.map(\.id) == ["build", "slow", "slow-2", "claim", "claim-2"])
    }

    @Test func supportsCycleWithinOneEssay() {
        let body = Fixtures.validBody + "    <+ [Build]\n"
        let result = Fixtures.memory(map: Fixtures.map(body))
        #expect(result.messages == ["16:3: error: `supports` relations go round in a circle: [Build] → [Slow] → [Build]"])
    }

    @Test func aSupportsCycleThroughAClaimWithSeveralReasons() {
        // [Slow] has two reasons and [Build] one; the circle runs Build → B → Slow → Build,
        // and [A], which supports [Slow] from outside it, is in no circle.
        let body = Fixtures.validBody + """
                + [A]: A reason. {quote: "Buses are slow."}
                + [B]: Another reason. {quote: "Buses are slow."}
                  <+ [Build]

            """
        let result = Fixtures.memory(map: Fixtures.map(body))
        #expect(result.messages == ["16:3: error: `supports` relations go round in a circle: [Build] → [B] → [Slow] → [Build]"])
    }

    @Test func missingRequiredMetadata() {
        let fm = "===\nid: e\ntitle: A letter\ntext: ../essays/e.txt\nsha256: \(Fixtures.essaySHA)\n===\n\n"
        let result = Fixtures.memory(map: fm + Fixtures.validBody)
        #expect(result.messages == ["1:1: error: missing required metadata: `author`, `outlet`, `published`, `url`"])
    }

    @Test func mapWithoutFrontMatter() {
        let result = Fixtures.memory(map: Fixtures.validBody)
        #expect(result.messages.contains("1:1: error: this map has no front matter: an essay map starts with `===`, the essay's metadata (`id`, `title`, `author`, `outlet`, `published`, `url`, `text`), and `===`"))
    }

    @Test func essayTextMissing() {
        let fm = Fixtures.frontMatter(text: "../essays/missing.txt")
        let result = Fixtures.memory(map: Fixtures.map(Fixtures.validBody, frontMatter: fm))
        #expect(result.messages == ["8:7: error: the essay text c/essays/missing.txt no such file"])
    }

    @Test func essayTextNotUTF8() {
        var files: [String: [UInt8]] = [
            "c/corpus.yaml": Array(Fixtures.oneTopic.utf8),
            "c/maps/e.argdown": Array(Fixtures.map(Fixtures.validBody).utf8),
        ]
        files["c/essays/e.txt"] = Array("The city ".utf8) + [0xFF, 0xFE]
        let result = CorpusLoader.load(paths: ["c"], source: MemorySource(files: files))
        #expect(result.messages.first == "8:7: error: the essay text c/essays/e.txt is not valid UTF-8 (byte 9)")
    }

    @Test func corpusFileNotUTF8IsAnErrorAtItsByte() {
        let files: [String: [UInt8]] = [
            "c/corpus.yaml": Array("title: T\ntopics: caf".utf8) + [0xE9] + Array("\n".utf8),
            "c/maps/e.argdown": Array(Fixtures.map(Fixtures.validBody).utf8),
            "c/essays/e.txt": Array(Fixtures.essayText.utf8),
        ]
        let result = CorpusLoader.load(paths: ["c"], source: MemorySource(files: files))
        #expect(result.messages.first == "2:12: error: the file is not valid UTF-8 (byte 0xE9)", "\(result.messages)")
    }

    @Test func changedTextIsCaughtBySHA256() {
        let fm = Fixtures.frontMatter(sha: String(repeating: "0", count: 64))
        let result = Fixtures.memory(map: Fixtures.map(Fixtures.validBody, frontMatter: fm))
        #expect(result.messages == ["9:9: error: the essay text has changed since it was mapped: its SHA-256 is \(Fixtures.essaySHA), the map records \(String(repeating: "0", count: 64))"])
    }

    @Test func missingSHA256IsAWarning() {
        let fm = Fixtures.frontMatter().replacingOccurrences(of: "sha256: \(Fixtures.essaySHA)\n", with: "")
        let result = Fixtures.memory(map: Fixtures.map(Fixtures.validBody, frontMatter: fm))
        #expect(result.messages == ["1:1: warning: the map records no `sha256` of its text, so a changed text would go unnoticed"])
        // The note gives the line to add, with the text's own hash.
        #expect(result.diagnostics.first?.notes == ["add `sha256: \(Fixtures.essaySHA)`"])
        #expect(!result.hasErrors)
    }

    @Test func badPublishedDate() {
        let fm = Fixtures.frontMatter().replacingOccurrences(of: "published: unknown", with: "published: 25 Feb 2022")
        let result = Fixtures.memory(map: Fixtures.map(Fixtures.validBody, frontMatter: fm))
        #expect(result.messages == ["6:12: error: `published` must be YYYY-MM-DD, YYYY-MM, YYYY or `unknown`, not `25 Feb 2022`"])
    }

    @Test func yamlSyntaxErrorInFrontMatterPointsIntoTheFile() {
        let fm = Fixtures.frontMatter().replacingOccurrences(of: "title: A letter", with: "title: [A letter")
        let result = Fixtures.memory(map: Fixtures.map(Fixtures.validBody, frontMatter: fm))
        #expect(result.errors.first?.location?.line ?? 0 >= 3)
        #expect(result.errors.first?.message.hasPrefix("YAML:") == true)
    }

    @Test func claimWithoutQuote() {
        let body = Fixtures.validBody + "  + [Costly]: It costs too much.\n"
        let result = Fixtures.memory(map: Fixtures.map(body))
        #expect(result.messages == ["17:5: error: the claim `[Costly]` has no quote: add `{quote: \"…\"}` with the essay's exact words"])
    }

    @Test func claimsUnderASilentPosition() {
        let body = Fixtures.validBody.replacingOccurrences(of: "stance: for", with: "stance: silent")
        let result = Fixtures.memory(map: Fixtures.map(body))
        #expect(result.messages == ["15:1: error: a silent position has no claims: remove this statement or give the position a stance"])
    }

    @Test func statementOutsideAnyPosition() {
        let body = "[Build]: The city should build the tram. {quote: \"The city should build the tram.\"}\n" + Fixtures.validBody
        let result = Fixtures.memory(map: Fixtures.map(body))
        #expect(result.messages.first == "13:1: error: a statement outside any position: put it under a heading `# Title {topic: …, stance: …, summary: \"…\"}`")
    }

    @Test func secondMainClaim() {
        let body = Fixtures.validBody + "[Costly]: It costs too much. {quote: \"It costs too much.\"}\n"
        let result = Fixtures.memory(map: Fixtures.map(body))
        #expect(result.messages == ["17:1: error: a position has one main claim: indent this statement under it with a relation marker (`+`, `-`, …)"])
    }

    @Test func positionWithAStanceButNoClaim() {
        let result = Fixtures.memory(map: Fixtures.map("# Tram {topic: tram, stance: for, summary: \"Build it.\"}\n"))
        #expect(result.messages == ["13:1: error: the position of `e` on `tram` takes a stance (for) but has no claim"])
    }

    @Test func syntaxErrorsAreReportedWithTheRest() {
        let body = Fixtures.validBody + "  + <Argument>\n  => [X]\n"
        let result = Fixtures.memory(map: Fixtures.map(body))
        #expect(result.messages == [
            "17:5: error: Argdown arguments `<Title>` are not supported in essay maps (only in general Argdown files)",
            "18:3: error: unknown relation `=>`: a relation is one of + <+ - <- +> -> ><",
        ])
        #expect(result.corpus.claims.count == 2)
    }

    @Test func duplicateEssayID() {
        let result = Fixtures.memory(map: Fixtures.map(Fixtures.validBody),
                                     extraFiles: ["maps/f.argdown": Fixtures.map("# Tram {topic: tram, stance: silent, summary: \"x\"}\n")])
        #expect(result.messages == ["1:1: error: the essay id `e` is already used by c/maps/e.argdown"])
    }

    @Test func pathThatDoesNotExist() {
        let result = CorpusLoader.load(paths: ["/nonexistent/place"])
        #expect(result.messages == ["error: /nonexistent/place: no such file or folder"])
    }

    @Test func mapFileThatIsBinaryGetsDiagnosticsNotACrash() {
        var files: [String: [UInt8]] = ["c/corpus.yaml": Array(Fixtures.oneTopic.utf8)]
        files["c/maps/e.argdown"] = (0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }
        let result = CorpusLoader.load(paths: ["c"], source: MemorySource(files: files))
        #expect(result.hasErrors)
    }

    @Test func diagnosticsPrintAsCompilersDo() {
        let body = Fixtures.validBody + "  - [Slw]\n"
        let result = Fixtures.memory(map: Fixtures.map(body))
        let printed = DiagnosticPrinter(sources: result.sources).format(result.diagnostics)
        #expect(printed == """
            c/maps/e.argdown:17:5: error: `[Slw]` is not defined anywhere in the corpus
              - [Slw]
                ^
            note: did you mean `[Slow]`?
            """)
    }
}
