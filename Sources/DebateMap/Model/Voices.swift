/// Who speaks in an essay's map, which decides whether an attack on a claim is opposition
/// from another voice or an objection the argument raises against itself.
///
/// An essay map is one author's argument: its `-` children are the author's own
/// concessions and objections, part of the argument's structure, and only claims of other
/// essays oppose it. An imported map is a record of a debate: a Kialo discussion's cons
/// are its opposition, and so are the attacks of a general Argdown map; an AIF map whose
/// locutions name speakers is a dialogue, where a claim's voice is its speaker.
public enum Voices: String, Sendable, Hashable, Codable {
    /// The whole essay is one voice (essay maps).
    case author
    /// Every claim is a voice of its own: each attack or contradiction is opposition
    /// (Kialo discussions, general Argdown maps, AIF maps without speakers).
    case discussion
    /// A claim's voice is its speaker (`Claim.source`); claims without one are each a voice
    /// of their own (AIF maps with locutions).
    case speakers
}

extension Voices {
    /// The voices that oppose a claim, in words: "other essays", "other speakers", "other claims".
    public var others: String {
        switch self {
        case .author: return "other essays"
        case .speakers: return "other speakers"
        case .discussion: return "other claims"
        }
    }

    /// Where a claim's own objections come from, in words: "within the essay", "by the same speaker".
    public var within: String {
        switch self {
        case .author: return "within the essay"
        case .speakers, .discussion: return "by the same speaker"
        }
    }
}
