/// A question every essay of a corpus takes a position on — or, for a map imported from
/// another tool, the document's own question, which only that document answers.
public struct Topic: Sendable, Hashable {
    public var id: String
    public var title: String
    public var question: String
    /// For a topic made from an imported document (a Kialo discussion, an AIF nodeset, a
    /// general Argdown file): that document's essay. The other essays hold no position on it,
    /// only the silent filler every essay × topic gets. `nil` for a corpus topic.
    public var document: Int?

    public init(id: String, title: String, question: String, document: Int? = nil) {
        self.id = id
        self.title = title
        self.question = question
        self.document = document
    }

    /// Whether the question says more than the title: a document's title is often its question.
    public var hasOwnQuestion: Bool { question != title && !question.isEmpty }
}
