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
	    connectWise: boolean;
	    sophos: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Overview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.demo = source["demo"];
	        this.products = this.convertValues(source["products"], ProductCounts);
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

}

