export namespace app {
	
	export class AppInfo {
	    version: string;
	    demo: boolean;
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
	        this.dataDir = source["dataDir"];
	        this.databasePath = source["databasePath"];
	        this.logDir = source["logDir"];
	        this.schemaVersion = source["schemaVersion"];
	        this.os = source["os"];
	        this.arch = source["arch"];
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
	export class CatalogMatch {
	    id: number;
	    identifier: string;
	    description: string;
	    inactive: boolean;
	    manufacturerPartNumber: string;
	    vendorSku: string;
	    price: number;
	
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
	
	    static createFrom(source: any = {}) {
	        return new Error(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.code = source["code"];
	        this.message = source["message"];
	        this.field = source["field"];
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
	
	    static createFrom(source: any = {}) {
	        return new Overview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.demo = source["demo"];
	        this.products = this.convertValues(source["products"], ProductCounts);
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
	

}

