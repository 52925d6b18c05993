import { Field, ObjectType } from '@nestjs/graphql';
import type {
  PublishedCheckpoint,
  PublishedConsistencyProof,
  PublishedInclusionProof,
} from '@concordat/audit';
import { ConnectionOf } from '../graphql/pagination';

@ObjectType('Checkpoint', {
  description:
    "A signed statement of the global log's Merkle tree (RFC 9162): its size and root, when, and with which key. The Ed25519 signature covers the RFC 8785 canonical JSON of treeSize, rootHash, issuedAt and keyId.",
})
export class CheckpointModel implements PublishedCheckpoint {
  @Field({
    description: 'How many events the tree holds, the first ones of the log (a decimal string).',
  })
  treeSize!: string;

  @Field({ description: "The tree's root hash, lowercase hex." })
  rootHash!: string;

  @Field({ description: 'When it was signed, exactly as signed (an ISO 8601 instant).' })
  issuedAt!: string;

  @Field({ description: 'The first 16 hex characters of SHA-256 over the public key (DER SPKI).' })
  keyId!: string;

  @Field({ description: 'The Ed25519 signature, lowercase hex.' })
  signature!: string;

  @Field({
    description:
      'The global position of the last event of the tree (a decimal string). Not signed: it says which events the checkpoint covers.',
  })
  lastPosition!: string;
}

@ObjectType()
export class CheckpointConnection extends ConnectionOf(CheckpointModel, 'Checkpoint') {}

@ObjectType('CheckpointPublicKey', {
  description: 'The public key that verifies the checkpoints this server signs.',
})
export class CheckpointPublicKeyModel {
  @Field({ description: 'The Ed25519 public key, PEM (SubjectPublicKeyInfo).' })
  publicKeyPem!: string;

  @Field()
  keyId!: string;
}

@ObjectType('SignCheckpointPayload')
export class SignCheckpointPayload {
  @Field(() => CheckpointModel)
  checkpoint!: CheckpointModel;

  @Field({
    description:
      'False when the log had not grown since the latest checkpoint, which is answered instead.',
  })
  created!: boolean;
}

@ObjectType('InclusionProof', {
  description:
    'That an event is in the tree a signed checkpoint commits to (RFC 9162 section 2.1.3). Save the answer as JSON and check it with: concordat audit check-proof --file FILE.',
})
export class InclusionProofModel implements PublishedInclusionProof {
  @Field()
  eventId!: string;

  @Field({ description: 'Position in the global log (a decimal string).' })
  globalPosition!: string;

  @Field({
    description: "The event's stream-chain hash; its leaf is the leaf hash of its 32 bytes.",
  })
  eventHash!: string;

  @Field({ description: 'SHA-256 of 0x00 and the 32 bytes of eventHash, lowercase hex.' })
  leafHash!: string;

  @Field({ description: "The event's index among the tree's leaves, from 0 (a decimal string)." })
  leafIndex!: string;

  @Field({ description: 'The size of the tree the proof is against (a decimal string).' })
  treeSize!: string;

  @Field(() => [String], {
    description: 'Sibling hashes from the leaf up to the root, lowercase hex.',
  })
  auditPath!: string[];

  @Field(() => CheckpointModel)
  checkpoint!: CheckpointModel;
}

@ObjectType('ConsistencyProof', {
  description:
    'That the tree of an earlier signed checkpoint is a prefix of the tree of a later one (RFC 9162 section 2.1.4): nothing it covered was changed, removed or reordered since.',
})
export class ConsistencyProofModel implements PublishedConsistencyProof {
  @Field({ description: 'A decimal string.' })
  fromTreeSize!: string;

  @Field({ description: 'A decimal string.' })
  toTreeSize!: string;

  @Field(() => [String], { description: 'The consistency path, lowercase hex.' })
  consistencyPath!: string[];

  @Field(() => CheckpointModel)
  from!: CheckpointModel;

  @Field(() => CheckpointModel)
  to!: CheckpointModel;
}
