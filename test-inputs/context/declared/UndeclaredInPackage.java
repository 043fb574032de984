package declared;

import dev.ectx.annotations.ExecutionContext;

// context.undeclared, with names declared by the package.
@ExecutionContext("usb")
class UndeclaredInPackage {
  @ExecutionContext("radio")
  void onRadio() {}

  // :: error: [context.undeclared]
  @ExecutionContext("bluetooth")
  void onBluetooth() {}
}
