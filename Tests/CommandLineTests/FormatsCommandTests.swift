import Foundation
import Testing

/// Other people's maps through the command line: Kialo, AIF and general Argdown files read by
/// extension, by content or by `--from`; their mistakes reported with file and line; and
/// `export` in every format, written safely with `-o`.
@Suite(.serialized)
struct FormatsCommandTests {
    static let formats = Debatemap.fixtures + "/formats"

    @Test func aFolderMayMixFormats() throws {
        let run = try Debatemap.run(["check", Self.formats + "/mixed"])
        #expect(run.status == 0)
        // <Free day> supports [Sunday] in the tree and again as its structure's conclusion:
        // one relation, as Argdown merges them. <Staff cost> stands in section Costs, where
        // its structure is (Argdown's section for it), and a link row under [Sunday].
        #expect(run.stderr == "3 essays, 3 topics, 38 claims, 25 relations: 0 errors, 0 warnings\n")
    }

    @Test func theFormatComesFromTheContentOrFromFrom() throws {
        let dir = try Debatemap.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/tram.data"
        try FileManager.default.copyItem(atPath: Self.formats + "/kialo/tram-flat.txt", toPath: file)
        let byContent = try Debatemap.run(["check", file])
        #expect(byContent.stderr == "1 essay, 1 topic, 10 claims, 9 relations: 0 errors, 0 warnings\n")
        let forced = try Debatemap.run(["check", "--from", "kialo", file])
        #expect(forced.stderr == byContent.stderr)
        // Read as AIF, a Kialo export is not JSON: one clear error at its first byte.
        let wrong = try Debatemap.run(["check", "--from", "aif", file])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.hasPrefix("\(file):1:1: error: "))
        let unknown = try Debatemap.run(["check", "--from", "xml", file])
        #expect(unknown.status == 2)
    }

    @Test func kialoMistakesHaveFileAndLineAndTheRestIsShown() throws {
        let file = Self.formats + "/kialo/broken.txt"
        let run = try Debatemap.run(["check", file])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(file):6:1: error: `-> See 1.9.` points to no claim of the discussion\n1.2. Con: -> See 1.9.\n^\n"))
        #expect(run.stderr.hasSuffix("1 essay, 1 topic, 5 claims, 4 relations: 4 errors, 0 warnings\n"))
        // The browser's outline (standard output is not a terminal) still shows what was read.
        let outline = try Debatemap.run([file])
        #expect(outline.stdout.contains("Still shown after the mistakes."))
    }

    @Test func aifMistakesCarryTheJSONPath() throws {
        let file = Self.formats + "/aif/broken.json"
        let run = try Debatemap.run(["check", file])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(file):13:44: error: $.edges[2].toID: no node 17\n"))
    }

    @Test func opposingWorksOnAKialoDiscussion() throws {
        let file = Self.formats + "/kialo/tram-flat.txt"
        let run = try Debatemap.run(["opposing", "tram-flat-1-2", "--format", "json", "--data", file])
        #expect(run.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let opposing = json?["opposing"] as? [[String: Any]] ?? []
        #expect(opposing.compactMap { $0["text"] as? String }.contains("A federal grant pays two thirds of the cost."))
        #expect(opposing.compactMap { $0["text"] as? String }.contains("The city should build the harbour tram."))
    }

    @Test(arguments: ["argdown", "dot", "markdown", "aif", "json"])
    func exportWritesEachFormat(to format: String) throws {
        let run = try Debatemap.run(["export", "--to", format, Debatemap.harbour])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let first = run.stdout.split(separator: "\n").first.map(String.init) ?? ""
        switch format {
        case "argdown": #expect(first == "===")
        case "dot": #expect(first == "digraph debatemap {")
        case "markdown": #expect(first.hasPrefix("# "))
        default: #expect(first.hasPrefix("{"))
        }
        #expect(run.stdout.contains("The city should build the harbour tram."))
    }

    @Test func exportedArgdownAndAIFReadBackToTheSameClaims() throws {
        let dir = try Debatemap.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let kialo = Self.formats + "/kialo/tram-indented.txt"
        let original = try Debatemap.run(["export", "--to", "json", kialo])
        for (format, name) in [("argdown", "tram.argdown"), ("aif", "tram.json")] {
            let written = try Debatemap.run(["export", "--to", format, "-o", dir + "/" + name, kialo])
            #expect(written.status == 0)
            let check = try Debatemap.run(["check", dir + "/" + name])
            #expect(check.status == 0, "\(format): \(check.stderr)")
            let reread = try Debatemap.run(["export", "--to", "json", dir + "/" + name])
            #expect(Self.claimTexts(reread.stdout) == Self.claimTexts(original.stdout), "\(format)")
        }
    }

    @Test func exportNeverOverwritesWithoutForce() throws {
        let dir = try Debatemap.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/map.dot"
        try "the user's own file\n".write(toFile: file, atomically: true, encoding: .utf8)
        let refused = try Debatemap.run(["export", "--to", "dot", "-o", file, Debatemap.harbour])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains(file))
        #expect(refused.stderr.contains("--force"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "the user's own file\n")
        let forced = try Debatemap.run(["export", "--to", "dot", "-o", file, "--force", Debatemap.harbour])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("digraph debatemap {"))
        // No temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["map.dot"])
    }

    @Test func exportToAMissingFolderFailsCleanly() throws {
        let run = try Debatemap.run(["export", "--to", "json", "-o", "/nonexistent-folder/x.json", Debatemap.harbour])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("debatemap: "))
        #expect(run.stderr.contains("/nonexistent-folder"))
    }

    /// The sorted claim texts of a JSON export.
    static func claimTexts(_ json: String) -> [String] {
        let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return ((object?["claims"] as? [[String: Any]]) ?? []).compactMap { $0["text"] as? String }.sorted()
    }
}
