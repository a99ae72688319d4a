export namespace app {
	
	export class AppInfo {
	    version: string;
	    demo: boolean;
	    welcome: boolean;
	    dataDir: string;
	    databasePath: string;
	    logDir: string;
	    schemaVersion: number;
	    os: string;
	    arch: string;
	
	    static createFrom(source: any = {}) {
	        return new AppInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.version = source["version"];
	        this.demo = source["demo"];
	        this.welcome = source["welcome"];
	        this.dataDir = source["dataDir"];
	        this.databasePath = source["databasePath"];
	        this.logDir = source["logDir"];
	        this.schemaVersion = source["schemaVersion"];
	        this.os = source["os"];
	        this.arch = source["arch"];
	    }
	}
	export class BackupCopy {
	    path: string;
	    schemaVersion: number;
	    size: number;
	    modified: string;
	
	    static createFrom(source: any = {}) {
	        return new BackupCopy(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.schemaVersion = source["schemaVersion"];
	        this.size = source["size"];
	        this.modified = source["modified"];
	    }
	}
	export class Reference {
	    id: number;
	    name: string;
	
	    static createFrom(source: any = {}) {
	        return new Reference(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	    }
	}
	export class CatalogItemDetails {
	    id: number;
	    identifier: string;
	    description: string;
	    customerDescription: string;
	    inactive: boolean;
	    category: Reference;
	    subcategory: Reference;
	    type: Reference;
	    productClass: string;
	    unitOfMeasure: Reference;
	    price: number;
	    cost: number;
	    taxable: boolean;
	    manufacturer: Reference;
	    manufacturerPartNumber: string;
	    vendorSku: string;
	    vendorName: string;
	    notes: string;
	    billableOption: string;
	    recurring: boolean;
	    lastUpdated: number;
	
	    static createFrom(source: any = {}) {
	        return new CatalogItemDetails(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.identifier = source["identifier"];
	        this.description = source["description"];
	        this.customerDescription = source["customerDescription"];
	        this.inactive = source["inactive"];
	        this.category = this.convertValues(source["category"], Reference);
	        this.subcategory = this.convertValues(source["subcategory"], Reference);
	        this.type = this.convertValues(source["type"], Reference);
	        this.productClass = source["productClass"];
	        this.unitOfMeasure = this.convertValues(source["unitOfMeasure"], Reference);
	        this.price = source["price"];
	        this.cost = source["cost"];
	        this.taxable = source["taxable"];
	        this.manufacturer = this.convertValues(source["manufacturer"], Reference);
	        this.manufacturerPartNumber = source["manufacturerPartNumber"];
	        this.vendorSku = source["vendorSku"];
	        this.vendorName = source["vendorName"];
	        this.notes = source["notes"];
	        this.billableOption = source["billableOption"];
	        this.recurring = source["recurring"];
	        this.lastUpdated = source["lastUpdated"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CatalogMapping {
	    productKey: string;
	    description: string;
	    syncEnabled: boolean;
	
	    static createFrom(source: any = {}) {
	        return new CatalogMapping(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.productKey = source["productKey"];
	        this.description = source["description"];
	        this.syncEnabled = source["syncEnabled"];
	    }
	}
	export class CatalogMatch {
	    id: number;
	    identifier: string;
	    description: string;
	    inactive: boolean;
	    manufacturerPartNumber: string;
	    vendorSku: string;
	    price: number;
	    unitOfMeasure: string;
	    mappedTo: CatalogMapping[];
	
	    static createFrom(source: any = {}) {
	        return new CatalogMatch(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.identifier = source["identifier"];
	        this.description = source["description"];
	        this.inactive = source["inactive"];
	        this.manufacturerPartNumber = source["manufacturerPartNumber"];
	        this.vendorSku = source["vendorSku"];
	        this.price = source["price"];
	        this.unitOfMeasure = source["unitOfMeasure"];
	        this.mappedTo = this.convertValues(source["mappedTo"], CatalogMapping);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CatalogMatches {
	    matches: CatalogMatch[];
	    hasMore: boolean;
	
	    static createFrom(source: any = {}) {
	        return new CatalogMatches(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.matches = this.convertValues(source["matches"], CatalogMatch);
	        this.hasMore = source["hasMore"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CatalogProgress {
	    phase: string;
	    done: number;
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new CatalogProgress(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.phase = source["phase"];
	        this.done = source["done"];
	        this.total = source["total"];
	    }
	}
	export class Error {
	    code: string;
	    message: string;
	    field?: string;
	    record?: string;
	    reason?: string;
	    existingItem?: CatalogMatch;
	
	    static createFrom(source: any = {}) {
	        return new Error(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.code = source["code"];
	        this.message = source["message"];
	        this.field = source["field"];
	        this.record = source["record"];
	        this.reason = source["reason"];
	        this.existingItem = this.convertValues(source["existingItem"], CatalogMatch);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CatalogStatus {
	    connected: boolean;
	    itemCount: number;
	    lastFullRefresh: number;
	    lastRefresh: number;
	    ageMs: number;
	    refreshing: boolean;
	    progress?: CatalogProgress;
	    offline: boolean;
	    lastError?: Error;
	
	    static createFrom(source: any = {}) {
	        return new CatalogStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.connected = source["connected"];
	        this.itemCount = source["itemCount"];
	        this.lastFullRefresh = source["lastFullRefresh"];
	        this.lastRefresh = source["lastRefresh"];
	        this.ageMs = source["ageMs"];
	        this.refreshing = source["refreshing"];
	        this.progress = this.convertValues(source["progress"], CatalogProgress);
	        this.offline = source["offline"];
	        this.lastError = this.convertValues(source["lastError"], Error);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ConnectWiseForm {
	    site: string;
	    companyId: string;
	    publicKey: string;
	    privateKey: string;
	    clientId: string;
	
	    static createFrom(source: any = {}) {
	        return new ConnectWiseForm(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.site = source["site"];
	        this.companyId = source["companyId"];
	        this.publicKey = source["publicKey"];
	        this.privateKey = source["privateKey"];
	        this.clientId = source["clientId"];
	    }
	}
	export class ConnectWiseSettings {
	    site: string;
	    companyId: string;
	    clientId: string;
	    publicKeySet: boolean;
	    privateKeySet: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ConnectWiseSettings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.site = source["site"];
	        this.companyId = source["companyId"];
	        this.clientId = source["clientId"];
	        this.publicKeySet = source["publicKeySet"];
	        this.privateKeySet = source["privateKeySet"];
	    }
	}
	export class ConnectWiseTest {
	    ok: boolean;
	    failure?: string;
	    detail?: string;
	    reachable: boolean;
	    companyName?: string;
	    version?: string;
	    cloud: boolean;
	    authOk: boolean;
	    catalogReadable: boolean;
	    catalogItems: number;
	
	    static createFrom(source: any = {}) {
	        return new ConnectWiseTest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.failure = source["failure"];
	        this.detail = source["detail"];
	        this.reachable = source["reachable"];
	        this.companyName = source["companyName"];
	        this.version = source["version"];
	        this.cloud = source["cloud"];
	        this.authOk = source["authOk"];
	        this.catalogReadable = source["catalogReadable"];
	        this.catalogItems = source["catalogItems"];
	    }
	}
	export class SophosSettings {
	    clientId: string;
	    clientSecretSet: boolean;
	
	    static createFrom(source: any = {}) {
	        return new SophosSettings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.clientId = source["clientId"];
	        this.clientSecretSet = source["clientSecretSet"];
	    }
	}
	export class KeychainState {
	    available: boolean;
	    message?: string;
	
	    static createFrom(source: any = {}) {
	        return new KeychainState(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.available = source["available"];
	        this.message = source["message"];
	    }
	}
	export class Connections {
	    demo: boolean;
	    keychain: KeychainState;
	    connectWise: ConnectWiseSettings;
	    sophos: SophosSettings;
	
	    static createFrom(source: any = {}) {
	        return new Connections(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.demo = source["demo"];
	        this.keychain = this.convertValues(source["keychain"], KeychainState);
	        this.connectWise = this.convertValues(source["connectWise"], ConnectWiseSettings);
	        this.sophos = this.convertValues(source["sophos"], SophosSettings);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CustomerImportMapping {
	    companyId: number;
	    companyName: string;
	    companyIdentifier: string;
	    companyInactive: boolean;
	    agreementId: number;
	    agreementName: string;
	    agreementProblem: string;
	    sync: boolean;
	
	    static createFrom(source: any = {}) {
	        return new CustomerImportMapping(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.companyId = source["companyId"];
	        this.companyName = source["companyName"];
	        this.companyIdentifier = source["companyIdentifier"];
	        this.companyInactive = source["companyInactive"];
	        this.agreementId = source["agreementId"];
	        this.agreementName = source["agreementName"];
	        this.agreementProblem = source["agreementProblem"];
	        this.sync = source["sync"];
	    }
	}
	export class CustomerImportChange {
	    line: number;
	    tenantId: string;
	    tenantName: string;
	    before: CustomerImportMapping;
	    after: CustomerImportMapping;
	
	    static createFrom(source: any = {}) {
	        return new CustomerImportChange(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.line = source["line"];
	        this.tenantId = source["tenantId"];
	        this.tenantName = source["tenantName"];
	        this.before = this.convertValues(source["before"], CustomerImportMapping);
	        this.after = this.convertValues(source["after"], CustomerImportMapping);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class PartRefreshFailure {
	    part: string;
	    error?: Error;
	
	    static createFrom(source: any = {}) {
	        return new PartRefreshFailure(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.part = source["part"];
	        this.error = this.convertValues(source["error"], Error);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CustomersRefreshState {
	    running: boolean;
	    failures: PartRefreshFailure[];
	
	    static createFrom(source: any = {}) {
	        return new CustomersRefreshState(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.running = source["running"];
	        this.failures = this.convertValues(source["failures"], PartRefreshFailure);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class FirewallProduct {
	    code: string;
	    description: string;
	
	    static createFrom(source: any = {}) {
	        return new FirewallProduct(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.code = source["code"];
	        this.description = source["description"];
	    }
	}
	export class ProductImportChange {
	    line: number;
	    productKey: string;
	    description: string;
	    itemId: number;
	    itemIdentifier: string;
	    itemDescription: string;
	    syncEnabled: boolean;
	    beforeItemId: number;
	    beforeItemIdentifier: string;
	    beforeSyncEnabled: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ProductImportChange(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.line = source["line"];
	        this.productKey = source["productKey"];
	        this.description = source["description"];
	        this.itemId = source["itemId"];
	        this.itemIdentifier = source["itemIdentifier"];
	        this.itemDescription = source["itemDescription"];
	        this.syncEnabled = source["syncEnabled"];
	        this.beforeItemId = source["beforeItemId"];
	        this.beforeItemIdentifier = source["beforeItemIdentifier"];
	        this.beforeSyncEnabled = source["beforeSyncEnabled"];
	    }
	}
	export class ImportResult {
	    path: string;
	    kind: string;
	    errors: transfer.Issue[];
	    warnings: transfer.Issue[];
	    products: ProductImportChange[];
	    customers: CustomerImportChange[];
	    cancelled: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ImportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.kind = source["kind"];
	        this.errors = this.convertValues(source["errors"], transfer.Issue);
	        this.warnings = this.convertValues(source["warnings"], transfer.Issue);
	        this.products = this.convertValues(source["products"], ProductImportChange);
	        this.customers = this.convertValues(source["customers"], CustomerImportChange);
	        this.cancelled = source["cancelled"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class LayoutReport {
	    page: string;
	    width: number;
	    height: number;
	    problems: string[];
	
	    static createFrom(source: any = {}) {
	        return new LayoutReport(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.page = source["page"];
	        this.width = source["width"];
	        this.height = source["height"];
	        this.problems = source["problems"];
	    }
	}
	export class NearDuplicate {
	    itemId: number;
	    identifier: string;
	    description: string;
	    field: string;
	
	    static createFrom(source: any = {}) {
	        return new NearDuplicate(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.itemId = source["itemId"];
	        this.identifier = source["identifier"];
	        this.description = source["description"];
	        this.field = source["field"];
	    }
	}
	export class Option {
	    id: number;
	    name: string;
	    parentId: number;
	    inactive: boolean;
	    default: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Option(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.parentId = source["parentId"];
	        this.inactive = source["inactive"];
	        this.default = source["default"];
	    }
	}
	export class ProductCounts {
	    total: number;
	    mapped: number;
	    unmapped: number;
	    syncOn: number;
	    new: number;
	
	    static createFrom(source: any = {}) {
	        return new ProductCounts(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.total = source["total"];
	        this.mapped = source["mapped"];
	        this.unmapped = source["unmapped"];
	        this.syncOn = source["syncOn"];
	        this.new = source["new"];
	    }
	}
	export class Overview {
	    demo: boolean;
	    products: ProductCounts;
	    customers: customers.Counts;
	    connectWise: boolean;
	    sophos: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Overview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.demo = source["demo"];
	        this.products = this.convertValues(source["products"], ProductCounts);
	        this.customers = this.convertValues(source["customers"], customers.Counts);
	        this.connectWise = source["connectWise"];
	        this.sophos = source["sophos"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class Preferences {
	    language: string;
	    theme: string;
	
	    static createFrom(source: any = {}) {
	        return new Preferences(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.language = source["language"];
	        this.theme = source["theme"];
	    }
	}
	export class ProductDraft {
	    identifier: string;
	    description: string;
	    customerDescription: string;
	    categoryId: number;
	    subcategoryId: number;
	    typeId: number;
	    productClass: string;
	    unitOfMeasureId: number;
	    price: number;
	    cost: number;
	    taxable: boolean;
	    manufacturerId: number;
	    manufacturerPartNumber: string;
	
	    static createFrom(source: any = {}) {
	        return new ProductDraft(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.identifier = source["identifier"];
	        this.description = source["description"];
	        this.customerDescription = source["customerDescription"];
	        this.categoryId = source["categoryId"];
	        this.subcategoryId = source["subcategoryId"];
	        this.typeId = source["typeId"];
	        this.productClass = source["productClass"];
	        this.unitOfMeasureId = source["unitOfMeasureId"];
	        this.price = source["price"];
	        this.cost = source["cost"];
	        this.taxable = source["taxable"];
	        this.manufacturerId = source["manufacturerId"];
	        this.manufacturerPartNumber = source["manufacturerPartNumber"];
	    }
	}
	export class ProductChange {
	    productKey: string;
	    mapping: string;
	    itemId: number;
	    draft?: ProductDraft;
	    syncEnabled: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ProductChange(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.productKey = source["productKey"];
	        this.mapping = source["mapping"];
	        this.itemId = source["itemId"];
	        this.draft = this.convertValues(source["draft"], ProductDraft);
	        this.syncEnabled = source["syncEnabled"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	export class ProductFormOptions {
	    categories: Option[];
	    subcategories: Option[];
	    types: Option[];
	    unitsOfMeasure: Option[];
	    manufacturers: Option[];
	    productClasses: string[];
	    limits: Record<string, number>;
	
	    static createFrom(source: any = {}) {
	        return new ProductFormOptions(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.categories = this.convertValues(source["categories"], Option);
	        this.subcategories = this.convertValues(source["subcategories"], Option);
	        this.types = this.convertValues(source["types"], Option);
	        this.unitsOfMeasure = this.convertValues(source["unitsOfMeasure"], Option);
	        this.manufacturers = this.convertValues(source["manufacturers"], Option);
	        this.productClasses = source["productClasses"];
	        this.limits = source["limits"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class ProductRow {
	    productKey: string;
	    sku: string;
	    description: string;
	    group: string;
	    firstSeen: string;
	    lastSeen: string;
	    new: boolean;
	    syncEnabled: boolean;
	    mapped: boolean;
	    itemId: number;
	    itemIdentifier: string;
	    itemDescription: string;
	    stale: string;
	    itemPrice: number;
	    itemUnit: string;
	    usageMonth: string;
	    usageQuantity: number;
	    usageCustomers: number;
	
	    static createFrom(source: any = {}) {
	        return new ProductRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.productKey = source["productKey"];
	        this.sku = source["sku"];
	        this.description = source["description"];
	        this.group = source["group"];
	        this.firstSeen = source["firstSeen"];
	        this.lastSeen = source["lastSeen"];
	        this.new = source["new"];
	        this.syncEnabled = source["syncEnabled"];
	        this.mapped = source["mapped"];
	        this.itemId = source["itemId"];
	        this.itemIdentifier = source["itemIdentifier"];
	        this.itemDescription = source["itemDescription"];
	        this.stale = source["stale"];
	        this.itemPrice = source["itemPrice"];
	        this.itemUnit = source["itemUnit"];
	        this.usageMonth = source["usageMonth"];
	        this.usageQuantity = source["usageQuantity"];
	        this.usageCustomers = source["usageCustomers"];
	    }
	}
	export class SuggestionReason {
	    rule: string;
	    value: string;
	
	    static createFrom(source: any = {}) {
	        return new SuggestionReason(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rule = source["rule"];
	        this.value = source["value"];
	    }
	}
	export class ProductSuggestion {
	    productKey: string;
	    itemId: number;
	    itemIdentifier: string;
	    itemDescription: string;
	    reasons: SuggestionReason[];
	
	    static createFrom(source: any = {}) {
	        return new ProductSuggestion(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.productKey = source["productKey"];
	        this.itemId = source["itemId"];
	        this.itemIdentifier = source["itemIdentifier"];
	        this.itemDescription = source["itemDescription"];
	        this.reasons = this.convertValues(source["reasons"], SuggestionReason);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class RestoredBackup {
	    brokenCopy: string;
	
	    static createFrom(source: any = {}) {
	        return new RestoredBackup(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.brokenCopy = source["brokenCopy"];
	    }
	}
	export class ScheduleOutlook {
	    nextRun: number;
	    billedMonth: string;
	    additionDate: string;
	    firewallWarnings: FirewallProduct[];
	
	    static createFrom(source: any = {}) {
	        return new ScheduleOutlook(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.nextRun = source["nextRun"];
	        this.billedMonth = source["billedMonth"];
	        this.additionDate = source["additionDate"];
	        this.firewallWarnings = this.convertValues(source["firewallWarnings"], FirewallProduct);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ScheduledRun {
	    id: number;
	    month: string;
	    startedAt: number;
	    finishedAt: number;
	    result: string;
	    failed: number;
	    conflicts: number;
	    errors: string;
	
	    static createFrom(source: any = {}) {
	        return new ScheduledRun(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.month = source["month"];
	        this.startedAt = source["startedAt"];
	        this.finishedAt = source["finishedAt"];
	        this.result = source["result"];
	        this.failed = source["failed"];
	        this.conflicts = source["conflicts"];
	        this.errors = source["errors"];
	    }
	}
	export class ScheduleStatus {
	    demo: boolean;
	    frequency: string;
	    nextRun: number;
	    lastScheduledRun?: ScheduledRun;
	    failedUnseen: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ScheduleStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.demo = source["demo"];
	        this.frequency = source["frequency"];
	        this.nextRun = source["nextRun"];
	        this.lastScheduledRun = this.convertValues(source["lastScheduledRun"], ScheduledRun);
	        this.failedUnseen = source["failedUnseen"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ScheduleTask {
	    mechanism: string;
	    name: string;
	    installed: boolean;
	    problem?: string;
	
	    static createFrom(source: any = {}) {
	        return new ScheduleTask(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.mechanism = source["mechanism"];
	        this.name = source["name"];
	        this.installed = source["installed"];
	        this.problem = source["problem"];
	    }
	}
	
	export class SophosForm {
	    clientId: string;
	    clientSecret: string;
	
	    static createFrom(source: any = {}) {
	        return new SophosForm(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.clientId = source["clientId"];
	        this.clientSecret = source["clientSecret"];
	    }
	}
	
	export class SophosTest {
	    ok: boolean;
	    failure?: string;
	    detail?: string;
	    idType?: string;
	    partnerId?: string;
	    tenantsRead: boolean;
	    tenants: number;
	
	    static createFrom(source: any = {}) {
	        return new SophosTest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.failure = source["failure"];
	        this.detail = source["detail"];
	        this.idType = source["idType"];
	        this.partnerId = source["partnerId"];
	        this.tenantsRead = source["tenantsRead"];
	        this.tenants = source["tenants"];
	    }
	}
	export class StartupProblem {
	    databasePath: string;
	    problem: string;
	    detail: string;
	    backups: BackupCopy[];
	
	    static createFrom(source: any = {}) {
	        return new StartupProblem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.databasePath = source["databasePath"];
	        this.problem = source["problem"];
	        this.detail = source["detail"];
	        this.backups = this.convertValues(source["backups"], BackupCopy);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class SyncCandidate {
	    additionId: number;
	    quantity: number;
	    effectiveDate: string;
	    cancelledDate: string;
	    description: string;
	
	    static createFrom(source: any = {}) {
	        return new SyncCandidate(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.additionId = source["additionId"];
	        this.quantity = source["quantity"];
	        this.effectiveDate = source["effectiveDate"];
	        this.cancelledDate = source["cancelledDate"];
	        this.description = source["description"];
	    }
	}
	export class SyncLine {
	    tenant: string;
	    product: string;
	    agreement: string;
	    catalogItem: string;
	    sophosQuantity: string;
	    currentQuantity: string;
	    newQuantity: string;
	    action: string;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new SyncLine(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.tenant = source["tenant"];
	        this.product = source["product"];
	        this.agreement = source["agreement"];
	        this.catalogItem = source["catalogItem"];
	        this.sophosQuantity = source["sophosQuantity"];
	        this.currentQuantity = source["currentQuantity"];
	        this.newQuantity = source["newQuantity"];
	        this.action = source["action"];
	        this.reason = source["reason"];
	    }
	}
	export class SyncMonths {
	    months: string[];
	    default: string;
	
	    static createFrom(source: any = {}) {
	        return new SyncMonths(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.months = source["months"];
	        this.default = source["default"];
	    }
	}
	export class SyncUnassigned {
	    productKey: string;
	    description: string;
	    quantity: number;
	    lines: number;
	    serials: string[];
	
	    static createFrom(source: any = {}) {
	        return new SyncUnassigned(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.productKey = source["productKey"];
	        this.description = source["description"];
	        this.quantity = source["quantity"];
	        this.lines = source["lines"];
	        this.serials = source["serials"];
	    }
	}
	export class SyncProductTotal {
	    productKey: string;
	    description: string;
	    quantity: number;
	    rows: number;
	
	    static createFrom(source: any = {}) {
	        return new SyncProductTotal(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.productKey = source["productKey"];
	        this.description = source["description"];
	        this.quantity = source["quantity"];
	        this.rows = source["rows"];
	    }
	}
	export class SyncRow {
	    tenantId: string;
	    tenantName: string;
	    productKey: string;
	    productDescription: string;
	    agreementId: number;
	    agreementName: string;
	    catalogItemId: number;
	    sophosQuantity: number;
	    currentQuantity?: number;
	    newQuantity: number;
	    action: string;
	    reason: string;
	    additionId: number;
	    prorated: boolean;
	    candidates: SyncCandidate[];
	    error: string;
	
	    static createFrom(source: any = {}) {
	        return new SyncRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.tenantId = source["tenantId"];
	        this.tenantName = source["tenantName"];
	        this.productKey = source["productKey"];
	        this.productDescription = source["productDescription"];
	        this.agreementId = source["agreementId"];
	        this.agreementName = source["agreementName"];
	        this.catalogItemId = source["catalogItemId"];
	        this.sophosQuantity = source["sophosQuantity"];
	        this.currentQuantity = source["currentQuantity"];
	        this.newQuantity = source["newQuantity"];
	        this.action = source["action"];
	        this.reason = source["reason"];
	        this.additionId = source["additionId"];
	        this.prorated = source["prorated"];
	        this.candidates = this.convertValues(source["candidates"], SyncCandidate);
	        this.error = source["error"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SyncPreview {
	    id: string;
	    month: string;
	    plannedAt: string;
	    rows: SyncRow[];
	    unbilled: SyncProductTotal[];
	    unassigned: SyncUnassigned[];
	    unkeyed: number;
	    counts: Record<string, number>;
	    errors: string[];
	
	    static createFrom(source: any = {}) {
	        return new SyncPreview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.month = source["month"];
	        this.plannedAt = source["plannedAt"];
	        this.rows = this.convertValues(source["rows"], SyncRow);
	        this.unbilled = this.convertValues(source["unbilled"], SyncProductTotal);
	        this.unassigned = this.convertValues(source["unassigned"], SyncUnassigned);
	        this.unkeyed = source["unkeyed"];
	        this.counts = source["counts"];
	        this.errors = source["errors"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class SyncProgress {
	    done: number;
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new SyncProgress(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.done = source["done"];
	        this.total = source["total"];
	    }
	}
	export class SyncResult {
	    runId: number;
	    month: string;
	    result: string;
	    counts: Record<string, number>;
	    rows: SyncRow[];
	    durationMs: number;
	    errors: string[];
	    error?: Error;
	
	    static createFrom(source: any = {}) {
	        return new SyncResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.runId = source["runId"];
	        this.month = source["month"];
	        this.result = source["result"];
	        this.counts = source["counts"];
	        this.rows = this.convertValues(source["rows"], SyncRow);
	        this.durationMs = source["durationMs"];
	        this.errors = source["errors"];
	        this.error = this.convertValues(source["error"], Error);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class SyncRun {
	    id: number;
	    month: string;
	    trigger: string;
	    actor: string;
	    startedAt: string;
	    finishedAt: string;
	    result: string;
	    counts: Record<string, number>;
	    errors: string;
	
	    static createFrom(source: any = {}) {
	        return new SyncRun(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.month = source["month"];
	        this.trigger = source["trigger"];
	        this.actor = source["actor"];
	        this.startedAt = source["startedAt"];
	        this.finishedAt = source["finishedAt"];
	        this.result = source["result"];
	        this.counts = source["counts"];
	        this.errors = source["errors"];
	    }
	}
	export class SyncSettingsState {
	    settings: syncsettings.Settings;
	    outlook: ScheduleOutlook;
	    demo: boolean;
	    task: ScheduleTask;
	
	    static createFrom(source: any = {}) {
	        return new SyncSettingsState(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.settings = this.convertValues(source["settings"], syncsettings.Settings);
	        this.outlook = this.convertValues(source["outlook"], ScheduleOutlook);
	        this.demo = source["demo"];
	        this.task = this.convertValues(source["task"], ScheduleTask);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SyncStatus {
	    running: boolean;
	    progress: SyncProgress;
	    last?: SyncResult;
	
	    static createFrom(source: any = {}) {
	        return new SyncStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.running = source["running"];
	        this.progress = this.convertValues(source["progress"], SyncProgress);
	        this.last = this.convertValues(source["last"], SyncResult);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class WriteEntry {
	    id: number;
	    at: string;
	    actor: string;
	    action: string;
	    entityId: number;
	    label: string;
	    before: string;
	    after: string;
	    runId: number;
	
	    static createFrom(source: any = {}) {
	        return new WriteEntry(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.at = source["at"];
	        this.actor = source["actor"];
	        this.action = source["action"];
	        this.entityId = source["entityId"];
	        this.label = source["label"];
	        this.before = source["before"];
	        this.after = source["after"];
	        this.runId = source["runId"];
	    }
	}
	export class WriteFilter {
	    scope: string;
	    runId: number;
	    customer: string;
	    product: string;
	    action: string;
	    from: string;
	    to: string;
	
	    static createFrom(source: any = {}) {
	        return new WriteFilter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.scope = source["scope"];
	        this.runId = source["runId"];
	        this.customer = source["customer"];
	        this.product = source["product"];
	        this.action = source["action"];
	        this.from = source["from"];
	        this.to = source["to"];
	    }
	}

}

export namespace customers {
	
	export class AgreementOption {
	    id: number;
	    name: string;
	    typeName: string;
	    status: string;
	    problem?: string;
	    usable: boolean;
	    parentId: number;
	    endDate: number;
	    billingCycle: string;
	    prorate: boolean;
	
	    static createFrom(source: any = {}) {
	        return new AgreementOption(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.typeName = source["typeName"];
	        this.status = source["status"];
	        this.problem = source["problem"];
	        this.usable = source["usable"];
	        this.parentId = source["parentId"];
	        this.endDate = source["endDate"];
	        this.billingCycle = source["billingCycle"];
	        this.prorate = source["prorate"];
	    }
	}
	export class Change {
	    tenantId: string;
	    companyId: number;
	    agreementId: number;
	    syncEnabled: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Change(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.tenantId = source["tenantId"];
	        this.companyId = source["companyId"];
	        this.agreementId = source["agreementId"];
	        this.syncEnabled = source["syncEnabled"];
	    }
	}
	export class CompanyMatch {
	    id: number;
	    identifier: string;
	    name: string;
	    status: string;
	    inactive: boolean;
	
	    static createFrom(source: any = {}) {
	        return new CompanyMatch(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.identifier = source["identifier"];
	        this.name = source["name"];
	        this.status = source["status"];
	        this.inactive = source["inactive"];
	    }
	}
	export class Counts {
	    all: number;
	    mapped: number;
	    unmapped: number;
	    syncOn: number;
	    problems: number;
	    suggestions: number;
	
	    static createFrom(source: any = {}) {
	        return new Counts(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.all = source["all"];
	        this.mapped = source["mapped"];
	        this.unmapped = source["unmapped"];
	        this.syncOn = source["syncOn"];
	        this.problems = source["problems"];
	        this.suggestions = source["suggestions"];
	    }
	}
	export class Suggestion {
	    companyId: number;
	    companyName: string;
	    agreementId: number;
	    agreementName: string;
	
	    static createFrom(source: any = {}) {
	        return new Suggestion(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.companyId = source["companyId"];
	        this.companyName = source["companyName"];
	        this.agreementId = source["agreementId"];
	        this.agreementName = source["agreementName"];
	    }
	}
	export class SuggestionResult {
	    suggestion?: Suggestion;
	    reason?: string;
	    candidates?: number[];
	
	    static createFrom(source: any = {}) {
	        return new SuggestionResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.suggestion = this.convertValues(source["suggestion"], Suggestion);
	        this.reason = source["reason"];
	        this.candidates = source["candidates"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Row {
	    tenantId: string;
	    name: string;
	    showAs: string;
	    billingType: string;
	    dataRegion: string;
	    status: string;
	    isNew: boolean;
	    gone: boolean;
	    companyId: number;
	    companyName: string;
	    companyIdentifier: string;
	    agreementId: number;
	    agreementName: string;
	    syncEnabled: boolean;
	    problems: string[];
	    suggestion: SuggestionResult;
	
	    static createFrom(source: any = {}) {
	        return new Row(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.tenantId = source["tenantId"];
	        this.name = source["name"];
	        this.showAs = source["showAs"];
	        this.billingType = source["billingType"];
	        this.dataRegion = source["dataRegion"];
	        this.status = source["status"];
	        this.isNew = source["isNew"];
	        this.gone = source["gone"];
	        this.companyId = source["companyId"];
	        this.companyName = source["companyName"];
	        this.companyIdentifier = source["companyIdentifier"];
	        this.agreementId = source["agreementId"];
	        this.agreementName = source["agreementName"];
	        this.syncEnabled = source["syncEnabled"];
	        this.problems = source["problems"];
	        this.suggestion = this.convertValues(source["suggestion"], SuggestionResult);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Overview {
	    rows: Row[];
	    counts: Counts;
	
	    static createFrom(source: any = {}) {
	        return new Overview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], Row);
	        this.counts = this.convertValues(source["counts"], Counts);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	

}

export namespace dashboard {
	
	export class AgreementWrite {
	    id: number;
	    at: number;
	    actor: string;
	    action: string;
	    entityId: number;
	    label: string;
	    before: string;
	    after: string;
	    runId: number;
	
	    static createFrom(source: any = {}) {
	        return new AgreementWrite(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.at = source["at"];
	        this.actor = source["actor"];
	        this.action = source["action"];
	        this.entityId = source["entityId"];
	        this.label = source["label"];
	        this.before = source["before"];
	        this.after = source["after"];
	        this.runId = source["runId"];
	    }
	}
	export class ProductSeries {
	    productKey: string;
	    description: string;
	    quantities: number[];
	
	    static createFrom(source: any = {}) {
	        return new ProductSeries(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.productKey = source["productKey"];
	        this.description = source["description"];
	        this.quantities = source["quantities"];
	    }
	}
	export class Customer {
	    customer: customers.Row;
	    months: string[];
	    products: ProductSeries[];
	    writes: AgreementWrite[];
	
	    static createFrom(source: any = {}) {
	        return new Customer(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.customer = this.convertValues(source["customer"], customers.Row);
	        this.months = source["months"];
	        this.products = this.convertValues(source["products"], ProductSeries);
	        this.writes = this.convertValues(source["writes"], AgreementWrite);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class RunSummary {
	    id: number;
	    month: string;
	    trigger: string;
	    result: string;
	    startedAt: number;
	    finishedAt: number;
	    counts: Record<string, number>;
	
	    static createFrom(source: any = {}) {
	        return new RunSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.month = source["month"];
	        this.trigger = source["trigger"];
	        this.result = source["result"];
	        this.startedAt = source["startedAt"];
	        this.finishedAt = source["finishedAt"];
	        this.counts = source["counts"];
	    }
	}
	export class Problem {
	    kind: string;
	    subject: string;
	    codes: string[];
	    detail: string;
	    tenantId: string;
	    productKey: string;
	    runId: number;
	    month: string;
	    product: string;
	    agreementId: number;
	    agreement: string;
	    catalogItemId: number;
	
	    static createFrom(source: any = {}) {
	        return new Problem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.subject = source["subject"];
	        this.codes = source["codes"];
	        this.detail = source["detail"];
	        this.tenantId = source["tenantId"];
	        this.productKey = source["productKey"];
	        this.runId = source["runId"];
	        this.month = source["month"];
	        this.product = source["product"];
	        this.agreementId = source["agreementId"];
	        this.agreement = source["agreement"];
	        this.catalogItemId = source["catalogItemId"];
	    }
	}
	export class MonthSplit {
	    month: string;
	    billed: number;
	    unbilled: number;
	
	    static createFrom(source: any = {}) {
	        return new MonthSplit(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.billed = source["billed"];
	        this.unbilled = source["unbilled"];
	    }
	}
	export class Landing {
	    month: string;
	    months: string[];
	    unbilled: usagesync.Classification;
	    split: MonthSplit[];
	    top: ProductSeries[];
	    changes: usagehistory.Changes;
	    problems: Problem[];
	    lastRun?: RunSummary;
	    nextRun: number;
	
	    static createFrom(source: any = {}) {
	        return new Landing(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.months = source["months"];
	        this.unbilled = this.convertValues(source["unbilled"], usagesync.Classification);
	        this.split = this.convertValues(source["split"], MonthSplit);
	        this.top = this.convertValues(source["top"], ProductSeries);
	        this.changes = this.convertValues(source["changes"], usagehistory.Changes);
	        this.problems = this.convertValues(source["problems"], Problem);
	        this.lastRun = this.convertValues(source["lastRun"], RunSummary);
	        this.nextRun = source["nextRun"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	

}

export namespace schedule {
	
	export class Setting {
	    frequency: string;
	    dayOfMonth: number;
	    hour: number;
	    minute: number;
	    effectiveDate: string;
	    billedMonth: string;
	
	    static createFrom(source: any = {}) {
	        return new Setting(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.frequency = source["frequency"];
	        this.dayOfMonth = source["dayOfMonth"];
	        this.hour = source["hour"];
	        this.minute = source["minute"];
	        this.effectiveDate = source["effectiveDate"];
	        this.billedMonth = source["billedMonth"];
	    }
	}

}

export namespace syncsettings {
	
	export class Settings {
	    schedule: schedule.Setting;
	    quantityField: string;
	
	    static createFrom(source: any = {}) {
	        return new Settings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.schedule = this.convertValues(source["schedule"], schedule.Setting);
	        this.quantityField = source["quantityField"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace transfer {
	
	export class Issue {
	    line: number;
	    column: number;
	    field: string;
	    code: string;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new Issue(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.line = source["line"];
	        this.column = source["column"];
	        this.field = source["field"];
	        this.code = source["code"];
	        this.message = source["message"];
	    }
	}

}

export namespace usagehistory {
	
	export class QuantityChange {
	    tenantId: string;
	    productKey: string;
	    tenantName: string;
	    description: string;
	    currentQuantity: number;
	    previousQuantity: number;
	    change: number;
	
	    static createFrom(source: any = {}) {
	        return new QuantityChange(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.tenantId = source["tenantId"];
	        this.productKey = source["productKey"];
	        this.tenantName = source["tenantName"];
	        this.description = source["description"];
	        this.currentQuantity = source["currentQuantity"];
	        this.previousQuantity = source["previousQuantity"];
	        this.change = source["change"];
	    }
	}
	export class ProductMonth {
	    month: string;
	    productKey: string;
	    description: string;
	    billableQuantity: number;
	    actualQuantity: number;
	    customers: number;
	    unassignedQuantity: number;
	
	    static createFrom(source: any = {}) {
	        return new ProductMonth(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.productKey = source["productKey"];
	        this.description = source["description"];
	        this.billableQuantity = source["billableQuantity"];
	        this.actualQuantity = source["actualQuantity"];
	        this.customers = source["customers"];
	        this.unassignedQuantity = source["unassignedQuantity"];
	    }
	}
	export class NewCustomer {
	    tenantId: string;
	    tenantName: string;
	    billableQuantity: number;
	    products: number;
	
	    static createFrom(source: any = {}) {
	        return new NewCustomer(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.tenantId = source["tenantId"];
	        this.tenantName = source["tenantName"];
	        this.billableQuantity = source["billableQuantity"];
	        this.products = source["products"];
	    }
	}
	export class Changes {
	    month: string;
	    previousMonth: string;
	    newCustomers: NewCustomer[];
	    newProducts: ProductMonth[];
	    increases: QuantityChange[];
	    decreases: QuantityChange[];
	
	    static createFrom(source: any = {}) {
	        return new Changes(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.previousMonth = source["previousMonth"];
	        this.newCustomers = this.convertValues(source["newCustomers"], NewCustomer);
	        this.newProducts = this.convertValues(source["newProducts"], ProductMonth);
	        this.increases = this.convertValues(source["increases"], QuantityChange);
	        this.decreases = this.convertValues(source["decreases"], QuantityChange);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	

}

export namespace usagesync {
	
	export class ReasonTotal {
	    reason: string;
	    quantity: number;
	
	    static createFrom(source: any = {}) {
	        return new ReasonTotal(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.reason = source["reason"];
	        this.quantity = source["quantity"];
	    }
	}
	export class Classification {
	    month: string;
	    total: number;
	    billed: number;
	    unbilled: number;
	    byReason: ReasonTotal[];
	
	    static createFrom(source: any = {}) {
	        return new Classification(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.total = source["total"];
	        this.billed = source["billed"];
	        this.unbilled = source["unbilled"];
	        this.byReason = this.convertValues(source["byReason"], ReasonTotal);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

