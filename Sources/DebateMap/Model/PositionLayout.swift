/// Which positions a corpus holds, and where each is in `Corpus.positions`.
///
/// Every essay takes a position on every corpus topic (silent where it says nothing); a
/// topic made from an imported document (`Topic.document`) is that document's own question,
/// on which only it holds a position. So a corpus of E essays, C corpus topics and D
/// document topics holds E × C + D positions, never E × (C + D): a folder of 20,000 imported
/// files is 20,000 positions, not 400 million fillers. They are laid out essay-major on the
/// corpus topics (`essay * C + rank`), then one per document topic, in topic order.
public struct PositionLayout: Sendable, Equatable {
    /// Each topic's rank among its kind: corpus topics 0..<C, document topics 0..<D.
    private let rank: [Int32]
    /// The document each topic belongs to, or -1 for a corpus topic.
    private let document: [Int32]
    public let essayCount: Int
    /// The corpus topics (those every essay takes a position on), in topic order.
    public let corpusTopics: [Int]
    /// The document topics, in topic order.
    public let documentTopics: [Int]
    public var corpusTopicCount: Int { corpusTopics.count }
    /// Each document's own topics (an imported file makes one).
    private let topicsOfDocument: [Int: [Int]]

    public init(topics: [Topic], essayCount: Int) {
        var rank: [Int32] = [], document: [Int32] = [], corpusTopics: [Int] = [], documentTopics: [Int] = []
        for (t, topic) in topics.enumerated() {
            if let d = topic.document {
                rank.append(Int32(truncatingIfNeeded: documentTopics.count))
                document.append(Int32(truncatingIfNeeded: d))
                documentTopics.append(t)
            } else {
                rank.append(Int32(truncatingIfNeeded: corpusTopics.count))
                document.append(-1)
                corpusTopics.append(t)
            }
        }
        self.rank = rank
        self.document = document
        self.corpusTopics = corpusTopics
        self.documentTopics = documentTopics
        self.essayCount = essayCount
        var own: [Int: [Int]] = [:]
        for t in documentTopics { own[Int(document[t]), default: []].append(t) }
        topicsOfDocument = own
    }

    /// How many positions the corpus holds.
    public var count: Int { essayCount * corpusTopicCount + documentTopics.count }

    /// Whether the essay holds a position on the topic: every essay on a corpus topic, only its
    /// own document on a document's topic.
    public func isMapped(essay: Int, topic: Int) -> Bool {
        document[topic] < 0 || Int(document[topic]) == essay
    }

    /// Where the essay's position on the topic is; nil where it holds none.
    public func index(essay: Int, topic: Int) -> Int? {
        if document[topic] < 0 { return essay * corpusTopicCount + Int(rank[topic]) }
        return Int(document[topic]) == essay ? essayCount * corpusTopicCount + Int(rank[topic]) : nil
    }

    /// The (essay, topic) of every position, in the order the corpus holds them.
    public func pairs() -> [(essay: Int, topic: Int)] {
        var out: [(essay: Int, topic: Int)] = []
        out.reserveCapacity(count)
        for e in 0..<essayCount {
            for t in corpusTopics { out.append((e, t)) }
        }
        for t in documentTopics { out.append((Int(document[t]), t)) }
        return out
    }

    /// The topics the essay holds a position on, in topic order.
    public func topics(of essay: Int) -> [Int] {
        guard let own = topicsOfDocument[essay] else { return corpusTopics }
        return (corpusTopics + own).sorted()
    }

    /// The essays holding a position on the topic.
    public func essays(on topic: Int) -> [Int] {
        document[topic] < 0 ? Array(0..<essayCount) : [Int(document[topic])]
    }
}
