/// What every `Corpus` holds, checked in debug builds each time one is made (and by the tests
/// on every corpus they load): release builds trust the builders that made it.
extension Corpus {
    /// Each broken invariant, in words; empty for a sound corpus.
    ///
    /// - one position for each pair the layout names, in its order, its main claim a claim of
    ///   that position;
    /// - every claim's essay, topic and position in range and agreeing, its parent, children
    ///   and the claim it refers to in range, and each parent listing the child;
    /// - every relation's ends in range;
    /// - the relation index what `buildRelationIndex` makes of the relations, and the id table
    ///   finding each claim's id at the first claim of that id.
    func invariantViolations() -> [String] {
        var problems: [String] = []
        func check(_ holds: Bool, _ problem: @autoclosure () -> String) {
            if !holds, problems.count < 20 { problems.append(problem()) }
        }
        check(positions.count == layout.count, "\(positions.count) positions where the layout has \(layout.count)")
        for (p, position) in positions.enumerated() {
            check(positionIndex(essay: position.essay, topic: position.topic) == p, "position \(p) is of essay \(position.essay), topic \(position.topic)")
            if let main = position.mainClaim {
                check(claims.indices.contains(main) && claims[main].position == p, "position \(p)'s main claim \(main) is not one of its claims")
            }
        }
        for (c, claim) in claims.enumerated() {
            check(essays.indices.contains(claim.essay) && topics.indices.contains(claim.topic), "claim \(c) has essay \(claim.essay), topic \(claim.topic)")
            check(essays.indices.contains(claim.essay) && topics.indices.contains(claim.topic)
                  && claim.position == positionIndex(essay: claim.essay, topic: claim.topic), "claim \(c) has position \(claim.position), not its essay's on its topic")
            if let parent = claim.parent {
                check(claims.indices.contains(parent) && claims[parent].children.contains(c), "claim \(c)'s parent \(parent) does not list it")
            }
            for child in claim.children {
                check(claims.indices.contains(child) && claims[child].parent == c, "claim \(c) lists child \(child), whose parent is another")
            }
            if let target = claim.refersTo { check(claims.indices.contains(target), "claim \(c) refers to \(target), out of range") }
        }
        for (r, relation) in relations.enumerated() {
            check(claims.indices.contains(relation.from) && claims.indices.contains(relation.to), "relation \(r) runs \(relation.from) → \(relation.to)")
        }
        guard problems.isEmpty else { return problems }  // the index cannot be rebuilt from ends out of range
        let rebuilt = Corpus.buildRelationIndex(claimCount: claims.count, relations: relations, voices: Corpus.voiceKeys(claims: claims, essays: essays))
        check(rebuilt.start == relationStart && rebuilt.opposing == opposingCount && rebuilt.otherVoice == otherVoiceCount
              && rebuilt.entries.elementsEqual(relationEntries) { $0.other == $1.other && $0.kind == $1.kind && $0.outgoing == $1.outgoing && $0.otherVoice == $1.otherVoice },
              "the relation index does not match the relations")
        var firstOfID: [String: Int] = [:]
        for (c, claim) in claims.enumerated() {
            let id = claim.id
            let first = firstOfID[id] ?? c
            firstOfID[id] = first
            let found = claimIndex(id: id)
            check(found == first, "the id table finds `\(id)` at \(found.map(String.init) ?? "nothing"), not at claim \(first)")
            if problems.count >= 20 { break }
        }
        return problems
    }
}
