/// An essay's position on one topic: its stance, a summary and its claims.
public struct Position: Sendable, Hashable {
    public var essay: Int
    public var topic: Int
    public var stance: Stance
    public var summary: String
    /// The position's main claim (nil when silent).
    public var mainClaim: Int?
    /// Where the position's heading was written.
    public var location: SourceLocation?

    public init(essay: Int, topic: Int, stance: Stance, summary: String, mainClaim: Int? = nil, location: SourceLocation? = nil) {
        self.essay = essay
        self.topic = topic
        self.stance = stance
        self.summary = summary
        self.mainClaim = mainClaim
        self.location = location
    }
}
