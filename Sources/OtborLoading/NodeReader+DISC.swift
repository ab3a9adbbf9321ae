import OtborCore
import Yams

/// Reading the DISC inventory, `Interviews/disc.yaml`.
extension NodeReader {
    func discInventory(_ root: Node) -> DISCInventory? {
        guard let file = mapping(root, .discInventory, required: ["id", "title", "groups"],
                                optional: ["instructions", "authored", "source"]) else { return nil }
        let id = identifier(of: file, matching: "disc")
        let title = file["title"].flatMap { self.text($0, "title") }
        var seen: Set<String> = []
        let groups = file["groups"].flatMap { self.list($0, "groups") }?.compactMap { node -> DISCInventory.Group? in
            guard let fields = mapping(node, .discGroup, required: ["id", "options"]) else { return nil }
            let id = fields["id"].flatMap { self.identifier($0, "id") }
            checkUnique(id, in: &seen, at: fields["id"], what: .discGroup)
            guard let optionsNode = fields["options"],
                  let options = mapping(optionsNode, .key("options"), required: ["D", "I", "S", "C"]) else { return nil }
            let keyed = DISCFactor.allCases.compactMap { factor in
                options[factor.rawValue].flatMap { self.text($0, factor.rawValue) }.map { DISCInventory.Option(factor: factor, text: $0) }
            }
            guard let id, keyed.count == DISCFactor.allCases.count else { return nil }
            return DISCInventory.Group(id: id, options: keyed)
        }
        guard let id, let title, let groups else { return nil }
        return DISCInventory(id: id, title: title, instructions: optionalText(file, "instructions"), groups: groups,
                             provenance: provenance(file))
    }
}
