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

