/// Constant-time questions about a loaded corpus.
extension Corpus {
    /// The position of an essay on a topic; where it holds none (another document's own
    /// topic), a silent one that is in no list.
    public func position(essay: Int, topic: Int) -> Position {
        positionIndex(essay: essay, topic: topic).map { positions[$0] } ?? Position(essay: essay, topic: topic, stance: .silent, summary: "")
    }

    /// Where the essay's position on the topic is in `positions`; nil where it holds none.
    public func positionIndex(essay: Int, topic: Int) -> Int? { layout.index(essay: essay, topic: topic) }

    /// Whether the essay holds a position on the topic at all: every essay on a corpus topic,
    /// only its own document on an imported document's topic (`PositionLayout`).
    public func isMapped(essay: Int, topic: Int) -> Bool { layout.isMapped(essay: essay, topic: topic) }

    public func claimIndex(id: String) -> Int? { claimByID.find(id, hash: ClaimTable.hash(id)) { claims[$0].id } }
    public func essayIndex(id: String) -> Int? { essayByID[id] }
    public func topicIndex(id: String) -> Int? { topicByID[id] }

    /// Every relation of a claim, seen from it: opposing ones first (other voices' before its
    /// own voice's), then supporting ones.
    public func relations(of claim: Int) -> ArraySlice<ClaimRelation> {
        relationEntries[Int(relationStart[claim])..<Int(relationStart[claim + 1])]
    }

    /// The claims of other voices (other essays, other speakers: `Voices`) that attack this
    /// one, that it attacks, or that contradict it: its opposition, what ⚔N counts and `o`
    /// visits.
    public func opponents(of claim: Int) -> ArraySlice<ClaimRelation> {
        let lo = Int(relationStart[claim])
        return relationEntries[lo..<(lo + Int(otherVoiceCount[claim]))]
    }

    /// How many claims of other voices oppose this one.
    public func opponentCount(of claim: Int) -> Int { Int(otherVoiceCount[claim]) }

    /// The opposing relations of the claim's own voice: the objections and concessions its
    /// own argument raises (an essay's `-` children), not opposition from another voice.
    public func ownObjections(of claim: Int) -> ArraySlice<ClaimRelation> {
        let lo = Int(relationStart[claim])
        return relationEntries[(lo + Int(otherVoiceCount[claim]))..<(lo + Int(opposingCount[claim]))]
    }

    /// Every opposing relation: other voices' first, then the claim's own voice's.
    public func allOpposing(of claim: Int) -> ArraySlice<ClaimRelation> {
        let lo = Int(relationStart[claim])
        return relationEntries[lo..<(lo + Int(opposingCount[claim]))]
    }

    /// The id of a position: "essay/topic".
    public func positionID(_ index: Int) -> String {
        let p = positions[index]
        return essays[p.essay].id + "/" + topics[p.topic].id
    }

    /// The claims of a position's tree in depth-first order.
    public func claims(ofPosition index: Int) -> [Int] {
        guard let root = positions[index].mainClaim else { return [] }
        var out: [Int] = []
        var stack = [root]
        while let c = stack.popLast() {
            out.append(c)
            stack.append(contentsOf: claims[c].children.reversed())
        }
        return out
    }
}

extension Corpus {
    /// Whether a position is an imported document's on the question made from it: a map
    /// of someone else's debate, which takes no stance of its own (shown as `MAP`, not as a
    /// stance).
    public func isOwnQuestion(position p: Int) -> Bool {
        positions.indices.contains(p) && topics[positions[p].topic].document == positions[p].essay
    }

    /// What a position is labelled with: its stance, or `MAP` for a document's own question.
    public func stanceLabel(position p: Int) -> String {
        isOwnQuestion(position: p) ? "MAP" : positions[p].stance.label
    }
}
