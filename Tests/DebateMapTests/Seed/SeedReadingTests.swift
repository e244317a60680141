import DebateMap
import Foundation
import SeedCorpus
import Testing
import TestSupport

/// The second reading of the seed maps (docs/corpus.md): every quote–claim pair as reviewed,
/// the disagreements between essays a close reading found linked, across questions too.
struct SeedReadingTests {
    let corpus = SeedCorpus.load().corpus

    /// The reviewed pairs of `Fixtures/reviewed-quotes.txt`, by claim id.
    static func reviewed() throws -> [String: (claim: String, quote: String)] {
        let text = try String(contentsOfFile: Fixtures.directory + "/reviewed-quotes.txt", encoding: .utf8)
        var pairs: [String: (claim: String, quote: String)] = [:]
        var id: String?, claim = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) where !line.hasPrefix("#") {
            if line.hasPrefix("id: ") { id = String(line.dropFirst(4)) }
            if line.hasPrefix("claim: ") { claim = String(line.dropFirst(7)) }
            if line.hasPrefix("quote: "), let current = id { pairs[current] = (claim, String(line.dropFirst(7))) }
        }
        return pairs
    }

    /// A changed paraphrase or quote, a new claim or a removed one is seen here: the pair is
    /// read again against the essay, then the list is updated.
    @Test func everyQuoteClaimPairIsAsReviewed() throws {
        let reviewed = try SeedReadingTests.reviewed()
        #expect(reviewed.count == corpus.claims.count)
        for claim in corpus.claims {
            guard let pair = reviewed[claim.id] else {
                Issue.record("\(claim.id) is not in reviewed-quotes.txt: read its quote against its paraphrase, then add it")
                continue
            }
            #expect(pair.claim == claim.text, "the paraphrase of \(claim.id) changed since it was reviewed")
            #expect(pair.quote == claim.quote?.text, "the quote of \(claim.id) changed since it was reviewed")
        }
    }

    /// The map's own voice takes no sides: no scare quotes around words in a paraphrase, and
    /// the author's loaded words stay in the quotes.
    @Test func paraphrasesKeepLoadedWordsInTheQuotes() {
        for claim in corpus.claims {
            for word in ["so-called", "fascist", "Nazi", "monster", "infantile", "“"] {
                #expect(!claim.text.contains(word), "\(claim.id) says \(word) in the map's own voice")
            }
        }
    }

    /// The disagreements the issue named, each linked by the relation a careful reader accepts.
    @Test(arguments: [
        ("zubkovych-hosting-the-opposition", "support-them-an-exit-strengthens-the-movement", false),
        ("zubkovych-the-majority-backs-the-war", "galeotti-rhetoric-not-taken-to-heart", true),
        ("galeotti-not-willing-collaborators", "zubkovych-every-citizen-s-burden", true),
        ("vorobiev-values-will-not-change", "galeotti-trust-soft-power", true),
        ("zubkovych-privileged-men", "galeotti-work-visas", false),
    ])
    func namedDisagreementsAreLinked(from: String, to: String, across: Bool) throws {
        let a = try #require(corpus.claimIndex(id: from)), b = try #require(corpus.claimIndex(id: to))
        let relation = try #require(corpus.opponents(of: a).first { $0.other == b }, "\(from) does not oppose \(to)")
        #expect(relation.otherVoice)
        #expect((corpus.claims[a].topic != corpus.claims[b].topic) == across)
        // And the clash view shows it, among the clashes across questions when it is one.
        let clashes = Clashes(corpus: corpus)
        let pair = try #require(clashes.pairs.first { $0.clashes.contains { Set([$0.left, $0.right]) == [a, b] } })
        #expect(pair.isAcrossQuestions == across)
    }

    /// Relations between essays run across questions where the essays answer each other there.
    @Test func essaysClashAcrossQuestions() {
        let across = Clashes(corpus: corpus).pairs.filter(\.isAcrossQuestions)
        #expect(across.count >= 2)
        #expect(across.flatMap(\.clashes).count >= 4)
    }

    @Test func theAsylumQuestionNamesOpenBorders() throws {
        let asylum = try #require(corpus.topicIndex(id: "asylum"))
        #expect(corpus.topics[asylum].question.contains("open borders"))
    }
}
