import Foundation
import Testing

/// `debatemap list`: unknown values said to be unknown, never quoted as titles; a subtitle
/// after its title.
struct ListCommandTests {
    @Test func unknownValuesAreUnknownAndASubtitleFollowsItsTitle() throws {
        let run = try Debatemap.run(["list"], environment: ["COLUMNS": "200"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        let appeal = try #require(lines.first { $0.contains("mobilization-appeal") })
        #expect(appeal.hasSuffix("unknown · unknown · unknown · unknown"))
        #expect(!run.stdout.contains("“unknown”"))
        let population = try #require(lines.first { $0.contains("population-power") })
        #expect(population.contains("“The Russian population has the power to stop Putin’s war machine: Let’s support them, in Russia and elsewhere”"))
        // Coloured, unknown is dim.
        let coloured = try Debatemap.run(["list", "--color", "always"])
        #expect(coloured.stdout.contains("\u{1B}[2munknown\u{1B}[0m"))
    }

    @Test func jsonKeepsNullForUnknownAndGivesTheSubtitle() throws {
        let run = try Debatemap.run(["list", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let essays = try #require(json["essays"] as? [[String: Any]])
        let population = try #require(essays.first { $0["id"] as? String == "population-power" })
        #expect(population["subtitle"] as? String == "Let’s support them, in Russia and elsewhere")
        let appeal = try #require(essays.first { $0["id"] as? String == "mobilization-appeal" })
        #expect(appeal["title"] is NSNull && appeal["subtitle"] is NSNull)
    }
}
