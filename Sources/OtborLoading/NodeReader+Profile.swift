import OtborCore
import Yams

/// Reading a job profile, `Profiles/<id>.yaml`.
extension NodeReader {
    func profile(_ root: Node, stem: String) -> LoadedProfile? {
        guard let file = mapping(
            root, .profile,
            required: ["id", "title", "level", "kpis", "functions", "requirements", "process"],
            optional: ["summary", "source", "authored", "alternativeTitles", "disc", "drivers", "values",
                       "languages", "salary", "screening", "knockouts", "afterDecision", "assessmentTools"]) else { return nil }
        let id = identifier(of: file, matching: stem)
        let title = file["title"].flatMap { self.text($0, "title") }
        let level = file["level"].flatMap { self.choice($0, "level", JobProfile.Level.self) }
        let kpis = file["kpis"].flatMap { self.list($0, "kpis", allowEmpty: true) }.map { $0.compactMap(kpi) }
        let functions = file["functions"].flatMap { self.list($0, "functions") }.map { $0.compactMap(functionGroup) }
        var requirementLocations: [String: SourceLocation] = [:]
        var implicitGroups: Set<String> = []
        let requirements = file["requirements"].flatMap { self.list($0, "requirements") }.map {
            requirementList($0, locations: &requirementLocations, implicitGroups: &implicitGroups)
        }
        let disc = file["disc"].flatMap { self.discStyle($0) }
        let drivers = file["drivers"].flatMap { self.drivers($0) }
        let values = optionalTexts(file, "values")
        let languages = file["languages"].flatMap { self.list($0, "languages", allowEmpty: true) }?.compactMap(language) ?? []
        let salary = file["salary"].flatMap { self.salary($0) }
        let screening = file["screening"].map { self.screening($0) } ?? []
        let guideIDs = file["process"].map(processGuideIDs) ?? []
        let knockouts = file["knockouts"].flatMap { self.list($0, "knockouts", allowEmpty: true) }?
            .compactMap { knockout($0, requirements: requirements ?? [], guides: guideIDs) } ?? []
        let process = file["process"].flatMap { self.list($0, "process") }.map { $0.compactMap(stage) }
        if case .sequence(let entries)? = file["process"] { checkVisits(Array(entries)) }
        let afterDecision = file["afterDecision"].map { self.afterDecision($0, process: guideIDs) } ?? []
        let tools = file["assessmentTools"].flatMap { self.list($0, "assessmentTools", allowEmpty: true) }?
            .compactMap(assessmentTool) ?? []
        let provenance = provenance(file)
        guard let id, let title, let level, let kpis, let functions, let requirements, let process else { return nil }
        let profile = JobProfile(
            id: id, title: title, level: level, summary: optionalText(file, "summary"),
            alternativeTitles: optionalTexts(file, "alternativeTitles"), kpis: kpis, functions: functions,
            requirements: requirements, disc: disc, drivers: drivers, values: values, languages: languages,
            salary: salary, screening: screening, knockouts: knockouts, process: process, afterDecision: afterDecision,
            assessmentTools: tools, provenance: provenance)
        var stageLocations: [String: SourceLocation] = [:]
        if case .sequence(let stages)? = file["process"] {
            for stage in stages {
                if let guide = stage["guide"]?.string, stageLocations[guide] == nil { stageLocations[guide] = location(stage["guide"]) }
            }
        }
        var afterDecisionLocations: [String: SourceLocation] = [:]
        if case .sequence(let stages)? = file["afterDecision"] {
            for stage in stages {
                if let guide = stage["guide"]?.string, afterDecisionLocations[guide] == nil {
                    afterDecisionLocations[guide] = location(stage["guide"])
                }
            }
        }
        return LoadedProfile(profile: profile, path: path, requirementLocations: requirementLocations,
                             implicitGroups: implicitGroups, stageLocations: stageLocations,
                             afterDecisionLocations: afterDecisionLocations,
                             requirementsLocation: file["requirements"].map { location($0) },
                             processLocation: file["process"].map { location($0) })
    }

    /// The `id` of a profile or guide, which must equal the file stem.
    func identifier(of file: Fields, matching stem: String) -> String? {
        guard let node = file["id"], let id = identifier(node, "id") else { return nil }
        if id != stem { error(.content(.idNotFileName(id: id, stem: stem)), at: node) }
        return id
    }

    private func kpi(_ node: Node) -> KPI? {
        guard let fields = mapping(node, .kpi, required: ["id", "name"],
                                  optional: ["holder", "target", "period", "metrics", "note"]) else { return nil }
        let id = fields["id"].flatMap { self.identifier($0, "id") }
        let name = fields["name"].flatMap { self.text($0, "name") }
        let holder = fields["holder"].flatMap { self.choice($0, "holder", KPI.Holder.self) }
        let target = fields["target"].flatMap { self.kpiTarget($0) }
        guard let id, let name else { return nil }
        return KPI(id: id, name: name, holder: holder, target: target, period: optionalText(fields, "period"),
                   metrics: optionalTexts(fields, "metrics"), note: optionalText(fields, "note"))
    }

    private func kpiTarget(_ node: Node) -> KPITarget? {
        guard let fields = mapping(node, .key("target"), required: ["comparator", "value"], optional: ["max", "unit"])
        else { return nil }
        let comparator = fields["comparator"].flatMap { self.choice($0, "comparator", KPITarget.Comparator.self) }
        let value = fields["value"].flatMap { self.number($0, "value") }
        let max = fields["max"].flatMap { self.number($0, "max") }
        let unit = fields["unit"].flatMap { self.string($0, "unit") }
        if comparator == .range, max == nil { error(.content(.rangeWithoutMax), at: node) }
        if let value, let max, let maxNode = fields["max"], max < value {
            error(.content(.maxBelowValue(max: max, value: value)), at: maxNode)
        }
        guard let comparator, let value else { return nil }
        return KPITarget(comparator: comparator, value: value, max: max, unit: unit)
    }

    private func functionGroup(_ node: Node) -> FunctionGroup? {
        guard let fields = mapping(node, .functionGroup, required: ["group", "items"]) else { return nil }
        let group = fields["group"].flatMap { self.text($0, "group") }
        let items = fields["items"].flatMap { self.list($0, "items") }?.compactMap { self.text($0, "items") }
        guard let group, let items else { return nil }
        return FunctionGroup(group: group, items: items)
    }

    private func requirementList(
        _ nodes: [Node], locations: inout [String: SourceLocation], implicitGroups: inout Set<String>
    ) -> [CompetencyRequirement] {
        nodes.compactMap { node in
            guard let fields = mapping(node, .requirement, required: ["competency", "level", "weight"],
                                      optional: ["group", "critical", "note", "use", "tolerance"]) else { return nil }
            let competency = fields["competency"].flatMap { self.identifier($0, "competency") }
            if let competency, let competencyNode = fields["competency"] {
                if locations[competency] != nil {
                    error(.content(.requiredTwice(competency)), at: competencyNode)
                }
                locations[competency] = location(competencyNode)
                refer(to: .competency, competency, at: competencyNode, from: .requirement)
            }
            let group = fields["group"].flatMap { self.choice($0, "group", CompetencyGroup.self) }
            let level = fields["level"].flatMap { self.int($0, "level", in: RatingScale.levels) }
            let weight = fields["weight"].flatMap { self.weight($0, "weight") }
            let critical = fields["critical"].flatMap { self.bool($0, "critical") } ?? false
            let use = fields["use"].flatMap { self.choice($0, "use", CompetencyRequirement.Use.self) } ?? .scored
            if critical, use == .context, let competency, let useNode = fields["use"] {
                error(.content(.criticalContext(competency)), at: useNode)
            }
            let tolerance = hurdleTolerance(fields, competency: competency, level: level, critical: critical && use == .scored)
            guard let competency, let level, let weight else { return nil }
            // The library's group fills in a missing `group` once the library is known.
            if group == nil { implicitGroups.insert(competency) }
            return CompetencyRequirement(competency: competency, group: group ?? .special, level: level,
                                         weight: weight, critical: critical, note: optionalText(fields, "note"), use: use,
                                         tolerance: tolerance)
        }
    }

    private func discStyle(_ node: Node) -> DISCStyle? {
        guard let code = string(node, "disc") else { return nil }
        guard let style = DISCStyle(lenient: code) else {
            error(.content(.notADISCCode(code)), at: node)
            return nil
        }
        return style
    }

    private func drivers(_ node: Node) -> JobProfile.Drivers? {
        guard let fields = mapping(node, .key("drivers"), required: [], optional: ["engagement", "loyalty", "energy"])
        else { return nil }
        return JobProfile.Drivers(engagement: optionalText(fields, "engagement"),
                                  loyalty: optionalText(fields, "loyalty"), energy: optionalText(fields, "energy"))
    }

    private func language(_ node: Node) -> LanguageRequirement? {
        guard let fields = mapping(node, .language, required: ["language", "level"], optional: ["required", "note"])
        else { return nil }
        let code = fields["language"].flatMap { self.string($0, "language") }
        if let code, let codeNode = fields["language"],
           code.count != 2 || !code.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) {
            error(.content(.notALanguageCode(code)), at: codeNode)
        }
        let level = fields["level"].flatMap { self.choice($0, "level", LanguageRequirement.CEFRLevel.self) }
        let required = fields["required"].flatMap { self.bool($0, "required") } ?? true
        guard let code, let level else { return nil }
        return LanguageRequirement(language: code, level: level, required: required, note: optionalText(fields, "note"))
    }

    private func salary(_ node: Node) -> SalaryBand? {
        guard let fields = mapping(node, .key("salary"), required: ["min", "max", "currency", "period", "setBy"], optional: ["note"])
        else { return nil }
        let min = fields["min"].flatMap { self.number($0, "min") }
        let max = fields["max"].flatMap { self.number($0, "max") }
        let currency = fields["currency"].flatMap { self.string($0, "currency") }
        let period = fields["period"].flatMap { self.choice($0, "period", SalaryBand.Period.self) }
        let setBy = fields["setBy"].flatMap { self.choice($0, "setBy", SalaryBand.Setter.self) }
        if let min, let max, min > max, let maxNode = fields["max"] {
            error(.content(.salaryMaxBelowMin(max: max, min: min)), at: maxNode)
        }
        if let min, min < 0, let minNode = fields["min"] { error(.content(.negativeSalary), at: minNode) }
        guard let min, let max, let currency, let period, let setBy else { return nil }
        return SalaryBand(min: min, max: max, currency: currency, period: period, setBy: setBy, note: optionalText(fields, "note"))
    }

    private func knockout(_ node: Node, requirements: [CompetencyRequirement], guides: [String]) -> KnockoutRule? {
        guard let fields = mapping(node, .knockOutRule, required: ["id", "text"],
                                  optional: ["competency", "below", "flag"]) else { return nil }
        let id = fields["id"].flatMap { self.identifier($0, "id") }
        let text = fields["text"].flatMap { self.text($0, "text") }
        var condition: KnockoutRule.Condition?
        switch (fields["competency"], fields["below"], fields["flag"]) {
        case (let competencyNode?, let belowNode?, nil):
            let competency = identifier(competencyNode, "competency")
            let below = number(belowNode, "below")
            if let competency {
                if !requirements.isEmpty, !requirements.contains(where: { $0.competency == competency }) {
                    error(.content(.knockOutNotRequired(competency)), at: competencyNode)
                } else if requirements.contains(where: { $0.competency == competency && !$0.isScored }) {
                    error(.content(.knockOutOnContext(competency)), at: competencyNode)
                }
                refer(to: .competency, competency, at: competencyNode, from: .knockOutRule)
            }
            if let below, !RatingScale.contains(below) {
                error(.content(.belowOffScale(below)), at: belowNode)
            }
            if let competency, let below,
               let hurdle = requirements.first(where: { $0.competency == competency && $0.critical && $0.isScored }),
               below <= hurdle.hurdleCutoff(default: 0) {
                warning(.content(.knockOutUnderHurdle(competency, below: below, level: hurdle.level)), at: belowNode)
            }
            if let competency, let below { condition = .competencyBelow(competency: competency, value: below) }
        case (nil, nil, let flagNode?):
            if let flag = identifier(flagNode, "flag") {
                refer(to: .redFlag(guides: guides), flag, at: flagNode, from: .knockOutRule)
                condition = .redFlag(flag)
            }
        default:
            error(.content(.knockOutWithoutRule), at: node)
        }
        guard let id, let text, let condition else { return nil }
        return KnockoutRule(id: id, text: text, condition: condition)
    }

    private func processGuideIDs(_ node: Node) -> [String] {
        guard case .sequence(let sequence) = node else { return [] }
        return sequence.compactMap { $0["guide"]?.string }
    }

    private func stage(_ node: Node) -> ProcessStage? {
        guard let fields = mapping(node, .processStage, required: ["guide", "weight"], optional: ["note", "visit", "optional"])
        else { return nil }
        let guide = fields["guide"].flatMap { self.identifier($0, "guide") }
        if let guide { refer(to: .guide, guide, at: fields["guide"], from: .process) }
        let weight = fields["weight"].flatMap { self.weight($0, "weight") }
        let visit = fields["visit"].flatMap { self.identifier($0, "visit") }
        let isOptional = fields["optional"].flatMap { self.bool($0, "optional") } ?? false
        guard let guide, let weight else { return nil }
        return ProcessStage(guide: guide, weight: weight, note: optionalText(fields, "note"), visit: visit, isOptional: isOptional)
    }

    private func assessmentTool(_ node: Node) -> AssessmentTool? {
        guard let fields = mapping(node, .assessmentTool, required: ["quality", "competency", "tool"],
                                  optional: ["guide", "interpretation"]) else { return nil }
        let quality = fields["quality"].flatMap { self.text($0, "quality") }
        let competency = fields["competency"].flatMap { self.identifier($0, "competency") }
        if let competency { refer(to: .competency, competency, at: fields["competency"], from: .assessmentTool) }
        let tool = fields["tool"].flatMap { self.text($0, "tool") }
        let guide = fields["guide"].flatMap { self.identifier($0, "guide") }
        if let guide { refer(to: .guide, guide, at: fields["guide"], from: .assessmentTool) }
        guard let quality, let competency, let tool else { return nil }
        return AssessmentTool(quality: quality, competency: competency, tool: tool, guide: guide,
                              interpretation: optionalText(fields, "interpretation"))
    }
}
