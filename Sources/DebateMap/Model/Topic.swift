/// A question every essay of a corpus takes a position on.
public struct Topic: Sendable, Hashable {
    public var id: String
    public var title: String
    public var question: String

    public init(id: String, title: String, question: String) {
        self.id = id
        self.title = title
        self.question = question
    }
}
