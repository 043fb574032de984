package dev.ectx.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.TypePath;
import org.objectweb.asm.TypeReference;

/**
 * Reads a class file's declarations with ASM, skipping all code. Nothing is loaded into the JVM,
 * so no static initialiser of an audited class can run.
 */
final class HeaderReader {
  private static final int MAGIC = 0xCAFEBABE;

  private HeaderReader() {}

  /**
   * Parses one class file.
   *
   * @param bytes the class file
   * @param where the file or archive entry, for messages
   * @throws AuditInputException if the bytes are not a well-formed class file
   */
  static ClassHeader read(byte[] bytes, String where, ClassHeader.Origin origin) {
    if (bytes.length < 10 || readInt(bytes) != MAGIC) {
      throw new AuditInputException(Messages.format("input.notClass", where));
    }
    try {
      Visitor visitor = new Visitor(origin);
      // Library code is never analysed; an input's code is scanned for the callbacks it creates.
      int skip = origin == ClassHeader.Origin.INPUT ? 0 : ClassReader.SKIP_CODE;
      new ClassReader(bytes).accept(visitor, skip | ClassReader.SKIP_FRAMES);
      return visitor.header();
    } catch (RuntimeException e) {
      // ASM signals a truncated or corrupt file with index or argument exceptions.
      throw new AuditInputException(Messages.format("input.corruptClass", where, e), e);
    }
  }

  private static int readInt(byte[] b) {
    return ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
  }

  static String dotted(String internalName) {
    return internalName == null ? null : internalName.replace('/', '.');
  }

  private static final class Visitor extends ClassVisitor {
    private final ClassHeader.Origin origin;
    private final AnnotationSet annotations = new AnnotationSet();
    private final Map<String, FieldHeader> fields = new HashMap<>();
    private final Map<String, MethodHeader> methods = new HashMap<>();
    private String name;
    private String superName;
    private List<String> interfaces = List.of();
    private int access;
    private String sourceFile;
    private boolean local;

    Visitor(ClassHeader.Origin origin) {
      super(Opcodes.ASM9);
      this.origin = origin;
    }

    ClassHeader header() {
      return new ClassHeader(
          name,
          origin,
          superName,
          interfaces,
          access,
          sourceFile,
          local,
          annotations,
          Map.copyOf(fields),
          Map.copyOf(methods));
    }

    @Override
    public void visit(
        int version, int access, String name, String sig, String superName, String[] ifaces) {
      this.access = access;
      this.name = dotted(name);
      this.superName = dotted(superName);
      List<String> names = new ArrayList<>();
      for (String i : ifaces == null ? new String[0] : ifaces) {
        names.add(dotted(i));
      }
      this.interfaces = List.copyOf(names);
    }

    @Override
    public void visitSource(String source, String debug) {
      sourceFile = source;
    }

    @Override
    public void visitInnerClass(String inner, String outerName, String innerName, int access) {
      if (dotted(inner).equals(name) && outerName == null) {
        local = true;
      }
    }

    @Override
    public AnnotationVisitor visitAnnotation(String desc, boolean visible) {
      return collector(annotations, desc);
    }

    @Override
    public FieldVisitor visitField(int acc, String fname, String desc, String sig, Object value) {
      AnnotationSet fieldAnnotations = new AnnotationSet();
      fields.put(fname, new FieldHeader(fname, desc, acc, fieldAnnotations));
      return new FieldVisitor(Opcodes.ASM9) {
        @Override
        public AnnotationVisitor visitAnnotation(String adesc, boolean visible) {
          return collector(fieldAnnotations, adesc);
        }

        @Override
        public AnnotationVisitor visitTypeAnnotation(
            int typeRef, TypePath path, String adesc, boolean visible) {
          return path == null ? collector(fieldAnnotations, adesc) : null;
        }
      };
    }

    @Override
    public MethodVisitor visitMethod(
        int acc, String mname, String desc, String sig, String[] exceptions) {
      AnnotationSet methodAnnotations = new AnnotationSet();
      Map<Integer, AnnotationSet> parameters = new HashMap<>();
      MethodKey key = new MethodKey(name, mname, desc);
      List<Callback> lambdas = new ArrayList<>();
      return new MethodVisitor(Opcodes.ASM9) {
        private boolean createsNested;
        private final List<MethodKey> called = new ArrayList<>();

        @Override
        public void visitMethodInsn(int op, String owner, String mname, String mdesc, boolean itf) {
          called.add(new MethodKey(dotted(owner), mname, mdesc));
        }

        @Override
        public void visitInvokeDynamicInsn(String sam, String desc, Handle bsm, Object... args) {
          if (bsm.getOwner().equals("java/lang/invoke/LambdaMetafactory") && args.length >= 3
              && args[0] instanceof Type erased && args[1] instanceof Handle impl
              && impl.getTag() >= Opcodes.H_INVOKEVIRTUAL) {
            MethodKey body = new MethodKey(dotted(impl.getOwner()), impl.getName(), impl.getDesc());
            String iface = Type.getReturnType(desc).getClassName();
            lambdas.add(new Callback(body, null, iface, sam + erased.getDescriptor(), key, 0));
          }
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
          createsNested |= opcode == Opcodes.NEW && type.indexOf('$') > 0;
        }

        @Override
        public void visitEnd() {
          boolean creates = createsNested || !lambdas.isEmpty();
          methods.put(key.subSignature(), new MethodHeader(key, acc, methodAnnotations, parameters,
              List.copyOf(lambdas), createsNested, creates ? List.copyOf(called) : List.of()));
        }

        @Override
        public AnnotationVisitor visitAnnotation(String adesc, boolean visible) {
          return collector(methodAnnotations, adesc);
        }

        @Override
        public AnnotationVisitor visitTypeAnnotation(
            int typeRef, TypePath path, String adesc, boolean visible) {
          TypeReference ref = new TypeReference(typeRef);
          if (path != null || ref.getSort() != TypeReference.METHOD_FORMAL_PARAMETER) {
            return null;
          }
          AnnotationSet set =
              parameters.computeIfAbsent(ref.getFormalParameterIndex(), i -> new AnnotationSet());
          return collector(set, adesc);
        }
      };
    }
  }

  /** Records the annotation and its string {@code value}, if any. */
  private static AnnotationVisitor collector(AnnotationSet into, String desc) {
    String annotationName = Type.getType(desc).getClassName();
    into.add(annotationName, null);
    return new AnnotationVisitor(Opcodes.ASM9) {
      @Override
      public void visit(String element, Object value) {
        if ("value".equals(element) && value instanceof String s) {
          into.add(annotationName, s);
        }
      }

      @Override
      public AnnotationVisitor visitArray(String element) {
        if (!"value".equals(element)) {
          return null;
        }
        return new AnnotationVisitor(Opcodes.ASM9) {
          private final List<String> items = new ArrayList<>();

          @Override
          public void visit(String unused, Object value) {
            if (value instanceof String s) {
              items.add(s);
            }
          }

          @Override
          public void visitEnd() {
            into.add(annotationName, String.join(",", items));
          }
        };
      }
    };
  }
}
