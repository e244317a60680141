import Foundation
import Testing

/// The `debatemap` command line end to end: the built binary on fixture corpora, its output,
/// its diagnostics and its exit status.
@Suite(.serialized)
struct CommandLineTests {
    @Test func checkOnAValidCorpusExitsZero() throws {
        let run = try Debatemap.run(["check", Debatemap.harbour])
        #expect(run.status == 0)
        #expect(run.stderr == "2 essays, 2 topics, 9 claims, 8 relations: 0 errors, 0 warnings\n")
    }

    @Test func checkReportsEveryErrorAsCompilersDo() throws {
        let dir = try Debatemap.copyOfHarbour()
        let map = dir + "/maps/petrov.argdown"
        var text = try String(contentsOfFile: map, encoding: .utf8)
        text = text.replacingOccurrences(of: "-> [Müller: buses stuck]", with: "-> [Müller: buses stuk]")
        text = text.replacingOccurrences(of: "stance: for", with: "stance: yes")
        try text.write(toFile: map, atomically: true, encoding: .utf8)
        let run = try Debatemap.run(["check", dir])
        #expect(run.status == 1)
        #expect(run.stderr.contains("""
            \(dir)/maps/petrov.argdown:19:8: error: `[Müller: buses stuk]` is not defined anywhere in the corpus
                -> [Müller: buses stuk]
                   ^
            note: did you mean `[Müller: buses stuck]`?
            """))
        #expect(run.stderr.contains("\(dir)/maps/petrov.argdown:21:32: error: unknown stance `yes`: it is one of for, against, mixed, silent"))
        #expect(run.stderr.hasSuffix("2 errors, 0 warnings\n"))
    }

    @Test func listTextAndJSON() throws {
        let text = try Debatemap.run(["list", "--data", Debatemap.harbour])
        #expect(text.status == 0)
        #expect(text.stdout.contains("  mueller  Anna Müller · “Letter on the harbour tram” · unknown · 2024-03"))
        #expect(text.stdout.contains("  fares  Should public transport be free of charge?"))
        let json = try Debatemap.run(["list", "--data", Debatemap.harbour, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["essays"] as? [Any])?.count == 2)
    }

    @Test func dataFromTheEnvironment() throws {
        let run = try Debatemap.run(["matrix"], environment: ["DEBATEMAP_DATA": Debatemap.harbour])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("       Müller   Petrov\nTram   FOR      AGAINST\nFares  SILENT   FOR\n"))
    }

    @Test func opposingShowsTheOtherSide() throws {
        let run = try Debatemap.run(["opposing", "petrov-waste", "--data", Debatemap.harbour])
        #expect(run.status == 0)
        #expect(run.stdout == """
            The harbour tram is a waste of money.  [petrov-waste]

            1 opposing claim of other essays:

              Müller · Tram · contradicts it  [muller-build-the-tram]
              The city should build the harbour tram.
                “The city should build the harbour tram.”

            """)
    }

    @Test func opposingSaysWhatTheOtherClaimDoesToThisOne() throws {
        // Petrov's junction claim attacks Müller's, so it is listed as "attacks it".
        let run = try Debatemap.run(["opposing", "muller-buses-stuck", "--data", Debatemap.harbour])
        #expect(run.stdout.contains("\n  Petrov · Tram · attacks it  [petrov-fix-junctions]\n"))
        // Seen from Petrov's claim, Müller's is the one it attacks.
        let back = try Debatemap.run(["opposing", "petrov-fix-junctions", "--data", Debatemap.harbour])
        #expect(back.stdout.contains("\n  Müller · Tram · attacked by it  [muller-buses-stuck]\n"))
    }

    @Test func unknownIDExitsTwoAndNamesTheClosest() throws {
        let run = try Debatemap.run(["show", "petrov-wast", "--data", Debatemap.harbour])
        #expect(run.status == 2)
        // One line: the id was well formed, so no usage text follows it.
        #expect(run.stderr == "error: no essay, topic, position or claim has the id `petrov-wast`; did you mean `petrov`, `petrov-waste`?\n")
    }

    @Test func opposingOfSomethingThatIsNotAClaim() throws {
        let run = try Debatemap.run(["opposing", "petrov", "--data", Debatemap.harbour])
        #expect(run.status == 2)
        #expect(run.stderr == "error: `petrov` is not a claim; `debatemap show petrov` shows what it is\n")
    }

    @Test func corpusErrorsStopListingCommandsWithStatusOne() throws {
        let dir = try Debatemap.copyOfHarbour()
        try "not: [valid".write(toFile: dir + "/corpus.yaml", atomically: true, encoding: .utf8)
        let run = try Debatemap.run(["list", "--data", dir])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("\(dir)/corpus.yaml:2:1: error: YAML: did not find expected ',' or ']' (while parsing a flow sequence)\n"))
        #expect(run.stderr.hasSuffix("1 error in the corpus; `debatemap check` lists them all\n"))
        #expect(run.stdout.isEmpty)
    }

    @Test func searchIgnoresCaseAndAccents() throws {
        let run = try Debatemap.run(["search", "MÜLLER", "--data", Debatemap.harbour, "--format", "json"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"field\" : \"author\""))
    }

    @Test func colourOnlyWhenAsked() throws {
        let plain = try Debatemap.run(["matrix", "--data", Debatemap.harbour])
        #expect(!plain.stdout.contains("\u{1B}["))
        let coloured = try Debatemap.run(["matrix", "--data", Debatemap.harbour, "--color", "always"])
        #expect(coloured.stdout.contains("\u{1B}[32mFOR"))
        #expect(coloured.stdout.contains("\u{1B}[31mAGAINST"))
    }

    @Test func exportJSONIsTheWholeCorpus() throws {
        let run = try Debatemap.run(["export", "--to", "json", Debatemap.harbour])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((object["claims"] as? [Any])?.count == 9)
        #expect((object["relations"] as? [Any])?.count == 8)
    }

    @Test func helpEverywhere() throws {
        for sub in ["list", "show", "matrix", "opposing", "search", "check", "export"] {
            let run = try Debatemap.run([sub, "--help"])
            #expect(run.status == 0, "\(sub)")
            #expect(run.stdout.contains("USAGE: debatemap \(sub)"), "\(sub)")
        }
    }

    @Test func shellCompletionScripts() throws {
        let run = try Debatemap.run(["--generate-completion-script", "bash"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("_debatemap"))
    }

    @Test func theBinaryCarriesItsCorpusWhereverItIsCopied() throws {
        let dir = try Debatemap.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let copy = URL(fileURLWithPath: dir + "/debatemap")
        // Copied by `cp`, not in this process: a file we hold open for writing would be
        // inherited by any process another test spawns meanwhile, and exec would then fail
        // with "Text file busy".
        let cp = Process()
        cp.executableURL = URL(fileURLWithPath: "/bin/cp")
        cp.arguments = [Debatemap.binary.path, copy.path]
        try cp.run()
        cp.waitUntilExit()
        #expect(cp.terminationStatus == 0)
        let run = try Debatemap.run(["matrix"], directory: "/", executable: copy)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Asylum"))
        #expect(run.stdout.contains("Sanctions"))
        #expect(run.stdout.contains("Protest"))
        let check = try Debatemap.run(["check"], directory: "/", executable: copy)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.hasPrefix("5 essays, 3 topics, "))
    }

    @Test func unknownSubcommandOrOptionIsAUsageError() throws {
        let run = try Debatemap.run(["matrix", "--frobnicate"])
        #expect(run.status == 2)
    }
}
