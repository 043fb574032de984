/** A package that declares its own contexts. */
@DeclareContexts({"usb", "radio"})
package declared;

import dev.ectx.annotations.DeclareContexts;
