import Foundation
import Testing

/// `debatemap clashes`: where the essays disagree, as text and as JSON, field by field; the
/// ranking of the most contested claims; bad ids.
@Suite(.serialized)
struct ClashesCommandTests {
    @Test func textListsEachPairWithItsStancesAndClashes() throws {
        let run = try Debatemap.run(["clashes", "--data", Debatemap.harbour])
        #expect(run.status == 0 && run.stderr.isEmpty)
        #expect(run.stdout.hasPrefix("Tram — Should the city build the harbour tram line?\n\n  Petrov AGAINST ⟷ FOR Müller  2 clashes\n"))
        // The most contested pair of claims first: each side with its essay, text, id, quote and source.
        #expect(run.stdout.contains("""
                ⚔ Petrov: The harbour tram is a waste of money. [petrov-waste]
                    “The harbour tram is a waste of money.” — Иван Петров
                  contradicts
                  Müller: The city should build the harbour tram. [muller-build-the-tram]
                    “The city should build the harbour tram.” — Anna Müller, 2024-03
            """))
        #expect(run.stdout.contains("      attacks\n      Müller: Buses are stuck in traffic every morning. [muller-buses-stuck]\n"))
        // Müller's own objection (the cost) is her argument, not a clash.
        #expect(!run.stdout.contains("muller-cost"))
    }

    @Test func jsonSaysEveryFieldOfEveryClash() throws {
        let run = try Debatemap.run(["clashes", "--data", Debatemap.harbour, "--format", "json"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let pairs = try #require(json["pairs"] as? [[String: Any]])
        #expect(pairs.count == 1)
        let pair = pairs[0]
        #expect(Set(pair.keys) == ["topic", "left", "right", "leftStance", "rightStance", "clashes"])
        #expect(pair["topic"] as? String == "tram")
        #expect(pair["left"] as? String == "petrov" && pair["right"] as? String == "mueller")
        #expect(pair["leftStance"] as? String == "against" && pair["rightStance"] as? String == "for")
        let clashes = try #require(pair["clashes"] as? [[String: Any]])
        #expect(clashes.count == 2)
        let first = clashes[0]
        #expect(Set(first.keys) == ["relation", "crossQuestion", "weight", "left", "right"])
        #expect(first["relation"] as? String == "contradicts")
        #expect(first["crossQuestion"] as? Bool == false)
        #expect(first["weight"] as? Int == 2)
        let left = try #require(first["left"] as? [String: Any])
        #expect(Set(left.keys) == ["id", "essay", "topic", "stance", "text", "quote", "source"])
        #expect(left["id"] as? String == "petrov-waste")
        #expect(left["essay"] as? String == "petrov" && left["topic"] as? String == "tram" && left["stance"] as? String == "against")
        #expect(left["text"] as? String == "The harbour tram is a waste of money.")
        #expect((left["quote"] as? [String: Any])?["text"] as? String == "The harbour tram is a waste of money.")
        #expect(left["source"] as? String == "Иван Петров")
        #expect((first["right"] as? [String: Any])?["id"] as? String == "muller-build-the-tram")
        #expect((clashes[1]["relation"] as? String) == "attacks")
    }

    @Test func aQuestionWithoutClashesSaysSoAndJSONIsEmpty() throws {
        let text = try Debatemap.run(["clashes", "--data", Debatemap.harbour, "--topic", "fares"])
        #expect(text.status == 0 && text.stdout == "No claims of different essays oppose each other here.\n")
        let json = try Debatemap.run(["clashes", "--data", Debatemap.harbour, "--topic", "fares", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["pairs"] as? [Any])?.isEmpty == true)
    }

    @Test func rankOrdersClaimsByOtherVoicesOpposingThem() throws {
        let run = try Debatemap.run(["clashes", "--rank", "--format", "json"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let ranked = try #require(json["contested"] as? [[String: Any]])
        #expect(!ranked.isEmpty)
        #expect(Set(ranked[0].keys) == ["claim", "opposedBy", "supportedBy"])
        let counts = ranked.map { ($0["opposedBy"] as? Int ?? 0, $0["supportedBy"] as? Int ?? 0) }
        #expect(zip(counts, counts.dropFirst()).allSatisfy { $0.0 > $1.0 || ($0.0 == $1.0 && $0.1 >= $1.1) })
        #expect(counts.allSatisfy { $0.0 > 0 })
        let text = try Debatemap.run(["clashes", "--rank"])
        #expect(text.stdout.hasPrefix("Most contested claims  (opposed · supported, by other essays)\n\n  ⚔"))
    }

    @Test func theSeedCorpusClashesAcrossQuestions() throws {
        let run = try Debatemap.run(["clashes", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let pairs = try #require(json["pairs"] as? [[String: Any]])
        let across = pairs.filter { $0["topic"] is NSNull }
        #expect(!across.isEmpty)
        for pair in across {
            #expect(pair["leftStance"] is NSNull && pair["rightStance"] is NSNull)
            for clash in pair["clashes"] as? [[String: Any]] ?? [] {
                #expect(clash["crossQuestion"] as? Bool == true)
                let l = clash["left"] as? [String: Any], r = clash["right"] as? [String: Any]
                #expect(l?["topic"] as? String != r?["topic"] as? String)
            }
        }
        // Named in the text, after the questions.
        let text = try Debatemap.run(["clashes"])
        #expect(text.stdout.contains("\nAcross questions — a claim on one question answers a claim on another\n"))
        // --topic keeps the clashes across questions that touch it.
        let protest = try Debatemap.run(["clashes", "--topic", "protest", "--format", "json"])
        let narrowed = try #require(try JSONSerialization.jsonObject(with: Data(protest.stdout.utf8)) as? [String: Any])
        for pair in narrowed["pairs"] as? [[String: Any]] ?? [] {
            for clash in pair["clashes"] as? [[String: Any]] ?? [] {
                let topics = [clash["left"], clash["right"]].compactMap { ($0 as? [String: Any])?["topic"] as? String }
                #expect(topics.contains("protest"))
            }
        }
    }

    @Test func aWrongQuestionOrEssayIsAUsageError() throws {
        let run = try Debatemap.run(["clashes", "--topic", "zubkovych"])
        #expect(run.status == 2)
        #expect(run.stderr == "error: `zubkovych` is not a question; `debatemap list` lists them\n")
        let essay = try Debatemap.run(["clashes", "--essay", "asylum"])
        #expect(essay.status == 2)
        #expect(essay.stderr == "error: `asylum` is not an essay; `debatemap list` lists them\n")
        let unknown = try Debatemap.run(["clashes", "--topic", "asylm"])
        #expect(unknown.status == 2 && unknown.stderr.contains("asylum"))
    }
}
