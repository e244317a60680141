import DebateMap
import Foundation
import SeedCorpus
import Testing

/// The shipped corpus (data/, compiled into the binary): it checks clean, every essay takes a
/// position on every topic, every quote is verbatim and outside page furniture, and every
/// pair of disagreeing positions is linked by at least one opposing relation.
struct SeedCorpusTests {
    let result = SeedCorpus.load()
    var corpus: Corpus { result.corpus }

    @Test func checksClean() {
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.prefix(10).map(\.headline))")
        #expect(corpus.essays.count == 5)
        #expect(corpus.topics.map(\.id) == ["asylum", "sanctions", "protest"])
    }

    @Test func embeddedCopyIsTheDataFolder() throws {
        // The binary's copy is made from data/ at build time: byte for byte the same files.
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data").path
        let onDisk = CorpusLoader.load(paths: [data])
        #expect(JSONShapes.encode(JSONShapes.export(onDisk.corpus)) == JSONShapes.encode(JSONShapes.export(corpus)))
    }

    @Test func textsAreTheSeedsByteForByte() throws {
        // Each text's SHA-256 is recorded in its map and verified by the loader; here we also
        // compare with the seeds themselves when they are beside the repository.
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/seeds").path
        guard FileManager.default.fileExists(atPath: seeds) else { return }
        let seedHashes = try Set(FileManager.default.contentsOfDirectory(atPath: seeds).filter { $0.hasSuffix(".txt") }.map {
            Digest.sha256([UInt8](try Data(contentsOf: URL(fileURLWithPath: seeds + "/" + $0))))
        })
        let ours = Set(corpus.essays.map { Digest.sha256(Array($0.text.utf8)) })
        #expect(ours == seedHashes)
    }

    @Test func everyEssayTakesAPositionOnEveryTopic() {
        for position in corpus.positions {
            #expect(!position.summary.isEmpty)
            #expect(position.location != nil, "\(corpus.essays[position.essay].id) has no written position on \(corpus.topics[position.topic].id)")
            #expect((position.stance == .silent) == (position.mainClaim == nil))
        }
    }

    @Test func everyQuoteIsVerbatimAndOutsideFurniture() {
        for claim in corpus.claims {
            guard let quote = claim.quote else {
                Issue.record("\(claim.id) has no quote")
                continue
            }
            let essay = corpus.essays[claim.essay]
            let scalars = Array(essay.text.unicodeScalars)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[quote.start..<quote.end])
            #expect(String(view) == quote.text, "\(claim.id)")
            #expect(!essay.furniture.contains { $0.overlaps(quote.start, quote.end) }, "\(claim.id) quotes furniture")
        }
    }

    /// Every pair of addressed positions with different stances on a question is linked by an
    /// opposing relation between their claims, except the pairs docs/corpus.md names, whose
    /// essays answer the question for different groups (a link is never drawn only so that a
    /// pair has one). The exceptions are exactly those: a new unlinked pair fails, and so does
    /// an exception that a new link has made stale.
    @Test func disagreeingPositionsAreLinked() {
        let unlinked: Set<String> = ["vorobiev/zubkovych/asylum"]
        var found: Set<String> = []
        for t in corpus.topics.indices {
            for a in corpus.essays.indices {
                for b in corpus.essays.indices where a < b {
                    let pa = corpus.position(essay: a, topic: t), pb = corpus.position(essay: b, topic: t)
                    guard pa.stance != .silent, pb.stance != .silent, pa.stance != pb.stance else { continue }
                    let claimsB = Set(corpus.claims(ofPosition: corpus.positionIndex(essay: b, topic: t)!))
                    let linked = corpus.claims(ofPosition: corpus.positionIndex(essay: a, topic: t)!).contains { c in
                        corpus.opponents(of: c).contains { claimsB.contains($0.other) }
                    }
                    let pair = "\(corpus.essays[a].id)/\(corpus.essays[b].id)/\(corpus.topics[t].id)"
                    if !linked { found.insert(pair) }
                    #expect(linked || unlinked.contains(pair), "\(corpus.essays[a].id) (\(pa.stance.rawValue)) and \(corpus.essays[b].id) (\(pb.stance.rawValue)) disagree on \(corpus.topics[t].id) but no claim of one opposes a claim of the other")
                }
            }
        }
        #expect(found == unlinked, "the pairs docs/corpus.md names as unlinked are not the unlinked pairs")
    }

    @Test func addressedPositionsHaveRealTrees() {
        for (i, position) in corpus.positions.enumerated() where position.stance != .silent {
            let count = corpus.claims(ofPosition: i).count
            #expect(count >= 3, "\(corpus.positionID(i)) has only \(count) claims")
        }
    }
}
